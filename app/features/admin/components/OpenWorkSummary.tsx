import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/states';
import { formatNumber } from '../../../lib/format';
import { useLang } from '../../../i18n';
import type { Unit } from '../../../data/units/get-units';
import type { OpenWork } from '../../../data/units/get-open-work';
import type { UseQueryResult } from '@tanstack/react-query';

/** "What will move": open tasks and accounts of each unit being reorganised, counted from the database. */
export function OpenWorkSummary({ units, work }: { units: Unit[]; work: UseQueryResult<OpenWork> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <section className="reorg-summary" aria-labelledby="reorg-summary-title" aria-live="polite">
      <h3 id="reorg-summary-title">{t('admin.reorg.whatMoves')}</h3>
      {units.length === 0 ? (
        <p className="muted">{t('admin.reorg.nothingChosen')}</p>
      ) : work.isPending ? (
        <p className="muted">{t('admin.reorg.loadingWork')}</p>
      ) : work.isError ? (
        <ErrorState error={work.error} onRetry={() => void work.refetch()} />
      ) : (
        <>
          <p className="reorg-total" data-testid="reorg-total">
            {t('admin.reorg.moveSummary', { tasks: n(work.data.tasks.length), accounts: n(work.data.accounts.length) })}
          </p>
          {units.length > 1 ? (
            <ul className="reorg-per-unit">
              {units.map((unit) => (
                <li key={unit.id}>
                  {t('admin.reorg.unitWork', {
                    name: unit.name,
                    tasks: n(work.data.tasks.filter((task) => task.lead_unit_id === unit.id).length),
                    accounts: n(work.data.accounts.filter((account) => account.unit_id === unit.id).length),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
