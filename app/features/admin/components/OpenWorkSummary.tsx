import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
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
      ) : (
        <QueryState query={work} loading={<p className="muted">{t('admin.reorg.loadingWork')}</p>}>
          {(moving) => (
            <>
              <p className="reorg-total" data-testid="reorg-total">
                {t('admin.reorg.moveSummary', { tasks: n(moving.tasks.length), accounts: n(moving.accounts.length) })}
              </p>
              {units.length > 1 ? (
                <ul className="reorg-per-unit">
                  {units.map((unit) => (
                    <li key={unit.id}>
                      {t('admin.reorg.unitWork', {
                        name: unit.name,
                        tasks: n(moving.tasks.filter((task) => task.lead_unit_id === unit.id).length),
                        accounts: n(moving.accounts.filter((account) => account.unit_id === unit.id).length),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
