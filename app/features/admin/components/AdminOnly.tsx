import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../components/layout/me';
import { canAdminister } from '../../../lib/permissions';

/** Shown to anyone but an administrator who opens an administration page by its address. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section className="card admin-denied" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('admin.notAllowedTitle')}</h1>
      <p>{t('admin.notAllowedBody')}</p>
      <Link to="/plans">{t('admin.backHome')}</Link>
    </section>
  );
}

/**
 * The administration pages' door.  The database refuses the changes anyway;
 * this keeps other roles from a page of controls that cannot work for them.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  return canAdminister(me.role) ? children : <NotAllowed />;
}
