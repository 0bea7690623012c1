import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { Empty } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { combine } from '../../data/combine';
import { useMe } from '../../components/layout/me';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../i18n';
import type { AdminUser } from '../../data/profiles/get-users';
import { AdminOnly } from '../../features/admin/components/AdminOnly';
import { Dialog } from '../../components/ui/Dialog';
import { RoleForm } from '../../features/admin/components/RoleForm';
import { PendingUserCard, UserCard } from '../../features/admin/components/UserCard';
import { fold } from '../../features/admin/lib/unit-tree';
import '../../features/admin/admin.css';
import { usersQueryOptions } from '../../data/profiles/get-users';
import { unitsQueryOptions } from '../../data/units/get-units';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';

/** The accounts, and the units a role can be given in. */
const usersPageQueries = () => [usersQueryOptions(), unitsQueryOptions()] as const;

function UsersView() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const page = useQueries({
    queries: usersPageQueries(),
    combine: combine(([users, units]) => ({ users, units })),
  });
  const users = page.data?.users;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [changing, setChanging] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState('');

  const { pending, assigned } = useMemo(() => {
    const needle = fold(deferredQuery.trim());
    const all = users ?? [];
    const matching = needle ? all.filter((u) => fold(`${u.full_name ?? ''} ${u.email}`).includes(needle)) : all;
    const byName = (a: AdminUser, b: AdminUser) => (a.full_name ?? a.email).localeCompare(b.full_name ?? b.email, 'vi');
    // Waiting: newest first (as loaded); with a role: by name.
    return { pending: matching.filter((u) => !u.role), assigned: matching.filter((u) => u.role).sort(byName) };
  }, [users, deferredQuery]);
  const pendingTotal = (users ?? []).filter((u) => !u.role).length;

  return (
    <section aria-labelledby="users-title" className="admin-page">
      <div className="admin-head">
        <div>
          <h1 id="users-title">{t('admin.users.title')}</h1>
          <p className="muted">{t('admin.users.intro')}</p>
        </div>
      </div>
      <p className="admin-notice" role="status" aria-live="polite">
        {notice}
      </p>
      <QueryState query={page}>
        {({ units }) => (
          <>
            <div className="field admin-search">
              <label htmlFor="user-search">{t('admin.users.search')}</label>
              <input id="user-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
            </div>
            {query.trim() && pending.length + assigned.length === 0 ? (
              <Empty>{t('admin.users.noMatch', { query: query.trim() })}</Empty>
            ) : null}

            <section aria-labelledby="pending-title" className="admin-section">
              <h2 id="pending-title" className="admin-section-title">
                {t('admin.users.pendingTitle')}
                <span
                  className={`count-badge${pendingTotal > 0 ? ' is-alert' : ''}`}
                  title={t('admin.users.pendingBadge', { count: pendingTotal })}
                  data-testid="pending-count"
                >
                  {formatNumber(pendingTotal, lang)}
                </span>
              </h2>
              {pending.length === 0 ? (
                query.trim() ? null : <Empty>{t('admin.users.pendingEmpty')}</Empty>
              ) : (
                <ul className="user-list" aria-labelledby="pending-title">
                  {pending.map((user) => (
                    <PendingUserCard key={user.id} user={user} units={units} onNotice={setNotice} />
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="assigned-title" className="admin-section">
              <h2 id="assigned-title" className="admin-section-title">
                {t('admin.users.assignedTitle')}
                <span className="count-badge">{formatNumber(assigned.length, lang)}</span>
              </h2>
              {assigned.length === 0 ? (
                query.trim() ? null : <Empty>{t('admin.users.assignedEmpty')}</Empty>
              ) : (
                <ul className="user-list" aria-labelledby="assigned-title">
                  {assigned.map((user) => (
                    <UserCard key={user.id} user={user} isSelf={user.id === me.id} onChange={setChanging} onNotice={setNotice} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
      {changing && page.data ? (
        <Dialog title={t('admin.users.changeTitle', { name: changing.full_name ?? changing.email })} onClose={() => setChanging(null)}>
          <RoleForm
            user={changing}
            units={page.data.units}
            isSelf={changing.id === me.id}
            submitLabel={t('common.save')}
            pendingLabel={t('common.saving')}
            onDone={(message) => {
              setChanging(null);
              setNotice(message);
            }}
            onCancel={() => setChanging(null)}
          />
        </Dialog>
      ) : null}
    </section>
  );
}

export function Component() {
  return (
    <AdminOnly>
      <UsersView />
    </AdminOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, usersPageQueries());
