import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '../components/layout/AppLayout';
import { MeContext, type Me } from '../components/layout/me';
import { ErrorState, Loading } from '../components/ui/states';
import { useSession } from '../features/auth/api/session';
import { useProfile } from '../data/profiles/get-profile';
import { useSignOut } from '../features/auth/api/sign-out';

/** Every page behind sign-in renders inside this: no session, no page. */
export function ProtectedLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const profile = useProfile(session?.user.id);
  const signOut = useSignOut();

  if (session === undefined) return <Loading />;
  if (session === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;

  const onSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) });
  const user: Me = {
    id: profile.data.id,
    name: profile.data.full_name ?? profile.data.email,
    role: profile.data.role,
    unitId: profile.data.unit_id,
    unitName: profile.data.unit?.short_name ?? profile.data.unit?.name ?? null,
  };

  if (!profile.data.role) {
    return (
      <div className="signin">
        <div className="card signin-card" role="status">
          <h1>{t('auth.pendingTitle')}</h1>
          <p>{t('auth.pendingBody', { email: profile.data.email })}</p>
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
