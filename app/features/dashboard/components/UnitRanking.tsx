import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitFigure } from '../../../data/figures/get-figures';
import { usePrinting, VIRTUAL_FROM } from '../../../components/ui/printing';
import { RankingRow } from './RankingRow';

// The windowing code (TanStack Virtual), loaded only for a ranking long enough to need it.
const WindowedRows = lazy(() => import('./UnitRankingWindowed'));

/**
 * The dashboard's unit ranking.  A ministry ranks about a thousand units:
 * from 150 rows the table is drawn a window at a time (the plan page's
 * useVirtualRows), keeping its row count and each row's position for
 * assistive technology; printing draws every row.
 */
export function UnitRanking({ units, planId }: { units: UnitFigure[]; planId: string }) {
  const { t } = useTranslation();
  const printing = usePrinting();
  const windowed = units.length >= VIRTUAL_FROM && !printing;
  const plain = (rows: UnitFigure[]) => rows.map((unit, index) => <RankingRow key={unit.unit_id} unit={unit} planId={planId} index={index} />);
  return (
    <div className="table-wrap">
      <table className="table ranking-table" data-cols="3" aria-rowcount={units.length + 1} data-windowed={windowed || undefined}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('dashboard.rank')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col">{t('dashboard.doneOfTotal')}</th>
            <th scope="col">{t('dashboard.onTime')}</th>
            <th scope="col">{t('dashboard.overdue')}</th>
          </tr>
        </thead>
        {windowed ? (
          // While the windowing code loads: the first rows, as the window shows them.
          <Suspense fallback={<tbody>{plain(units.slice(0, 20))}</tbody>}>
            <WindowedRows units={units} planId={planId} />
          </Suspense>
        ) : (
          <tbody>{plain(units)}</tbody>
        )}
      </table>
    </div>
  );
}
