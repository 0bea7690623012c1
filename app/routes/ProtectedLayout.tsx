import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '../components/layout/AppLayout';
import { MeContext, type Me } from '../components/layout/me';
import { Loading } from '../components/ui/states';
import { QueryState } from '../components/ui/QueryState';
import { useSession } from '../features/auth/api/session';
import { useProfile, type Profile } from '../data/profiles/get-profile';
import { useSignOut } from '../features/auth/api/sign-out';

/** Every page behind sign-in renders inside this: no session, no page. */
export function ProtectedLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const profile = useProfile(session?.user.id);
  const signOut = useSignOut();

  // The session comes from the auth client, not from a query: a spinner until
  // it is known; then the profile query's states.
  if (session === undefined) return <Loading />;
  if (session === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }

  const onSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) });
  return <QueryState query={profile}>{(data) => <SignedIn profile={data} onSignOut={onSignOut} />}</QueryState>;
}

/** The app's frame for a signed-in person, or a notice while their account waits for a role. */
function SignedIn({ profile, onSignOut }: { profile: Profile; onSignOut: () => void }) {
  const { t } = useTranslation();
  const user: Me = {
    id: profile.id,
    name: profile.full_name ?? profile.email,
    role: profile.role,
    unitId: profile.unit_id,
    unitName: profile.unit?.short_name ?? profile.unit?.name ?? null,
  };

  if (!profile.role) {
    return (
      <div className="signin">
        <div className="card signin-card" role="status">
          <h1>{t('auth.pendingTitle')}</h1>
          <p>{t('auth.pendingBody', { email: profile.email })}</p>
          <button type="button" className="button" onClick={onSignOut}>
            {t('nav.signOut')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <MeContext.Provider value={user}>
      <AppLayout user={user} onSignOut={onSignOut} />
    </MeContext.Provider>
  );
}
