import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { formatDateTime } from '../../../lib/datetime';
import type { Unit } from '../../../data/units/get-units';
import type { AdminUser } from '../../../data/profiles/get-users';
import { useUpdateUserRole } from '../../../data/profiles/update-user-role';
import { RoleForm } from './RoleForm';

function Identity({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="user-identity">
      <span className="user-card-name">
        {user.full_name ?? <span className="muted">{t('admin.users.noName')}</span>}
        {isSelf ? <span className="muted small"> ({t('admin.users.you')})</span> : null}
      </span>
      <span className="user-email">{user.email}</span>
      <span className="muted small">{t('admin.users.signedUp', { date: formatDateTime(user.created_at) })}</span>
    </div>
  );
}

/** An account waiting for a role, with the approval form beside it. */
export function PendingUserCard({ user, units, onNotice }: { user: AdminUser; units: Unit[]; onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  return (
    <li className="user-card is-pending">
      <Identity user={user} isSelf={false} />
      <RoleForm
        user={user}
        units={units}
        isSelf={false}
        layout="inline"
        submitLabel={t('admin.users.approve')}
        pendingLabel={t('admin.users.approving')}
        onDone={onNotice}
      />
    </li>
  );
}

/** An account with a role: what it is, and the ways to change or take it away. */
export function UserCard({
  user,
  isSelf,
  onChange,
  onNotice,
}: {
  user: AdminUser;
  isSelf: boolean;
  onChange: (user: AdminUser) => void;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const revoke = useUpdateUserRole();
  const [confirming, setConfirming] = useState(false);
  const name = user.full_name ?? user.email;
  const hidden = <span className="visually-hidden"> {name}</span>;

  return (
    <li className="user-card">
      <Identity user={user} isSelf={isSelf} />
      <dl className="user-facts">
        <div>
          <dt>{t('admin.users.role')}</dt>
          <dd>
            <span className={`badge badge-role-${user.role}`}>{t(`roles.${user.role ?? 'none'}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('admin.users.unit')}</dt>
          <dd>
            {user.unit ? (
              <>
                {user.unit.name}
                {user.unit.is_active ? null : <span className="badge badge-inactive">{t('admin.units.inactive')}</span>}
              </>
            ) : (
              t('admin.users.noUnit')
            )}
          </dd>
        </div>
      </dl>
      <div className="user-actions">
        <button type="button" className="button button-small" onClick={() => onChange(user)}>
          {t('admin.users.change')}
          {hidden}
        </button>
        {isSelf ? null : (
          <button
            type="button"
            className="button button-small button-danger"
            aria-expanded={confirming}
            onClick={() => {
              revoke.reset();
              setConfirming((open) => !open);
            }}
          >
            {t('admin.users.revoke')}
            {hidden}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="user-confirm" role="group" aria-label={t('admin.users.revoke')}>
          <p>{t('admin.users.confirmRevoke', { name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-small button-primary button-danger"
              disabled={revoke.isPending}
              onClick={() =>
                revoke.mutate(
                  { id: user.id, role: null, unitId: null },
                  { onSuccess: () => onNotice(t('admin.users.revoked', { name })), onSettled: () => setConfirming(false) },
                )
              }
            >
              {t('admin.users.confirmRevokeButton')}
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="user-error">
        <DbErrorMessage error={revoke.error} />
      </div>
    </li>
  );
}
