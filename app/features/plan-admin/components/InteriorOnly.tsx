import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../components/layout/me';
import { canEditPlans } from '../../../lib/permissions';

/** Pages for Home Affairs staff only; others are told so (the database refuses them anyway). */
export function InteriorOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!canEditPlans(me.role)) {
    return (
      <div className="card pa-denied" role="alert">
        <h1>{t('planAdmin.denied.title')}</h1>
        <p>{t('planAdmin.denied.body')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
