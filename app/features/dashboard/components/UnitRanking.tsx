import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useVirtualRows } from '../../../components/ui/virtual-rows';
import { formatNumber, formatPercent, formatRatio } from '../../../lib/format';
import { taskListHref } from '../../../lib/task-filters';
import { useLang } from '../../../i18n';
import type { UnitFigure } from '../../../data/figures/get-figures';

const COLUMNS = 5;

/**
 * The dashboard's unit ranking.  A ministry ranks about a thousand units:
 * from 150 rows the table is drawn a window at a time (the plan page's
 * useVirtualRows), keeping its row count and each row's position for
 * assistive technology; printing draws every row.
 */
export function UnitRanking({ units, planId }: { units: UnitFigure[]; planId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const v = useVirtualRows(units, { estimate: 41 });
  return (
    <div className="table-wrap">
      <table className="table ranking-table" data-cols="3" aria-rowcount={units.length + 1} data-windowed={v.windowed || undefined}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('dashboard.rank')}</th>
            <th scope="col">{t('dashboard.unit')}</th>
            <th scope="col">{t('dashboard.doneOfTotal')}</th>
            <th scope="col">{t('dashboard.onTime')}</th>
            <th scope="col">{t('dashboard.overdue')}</th>
          </tr>
        </thead>
        <tbody ref={v.bodyRef}>
          {v.before > 0 ? (
            <tr aria-hidden="true" className="virtual-spacer">
              <td colSpan={COLUMNS} style={{ height: v.before }} />
            </tr>
          ) : null}
          {v.rows.map(({ row: unit, index }) => (
            <tr key={unit.unit_id} ref={v.measure} data-index={index} aria-rowindex={index + 2}>
              <td>{unit.rank}</td>
              <td className="ranking-unit" title={unit.unit_name}>
                <Link to={taskListHref({ plan: planId, unit: unit.unit_id })}>{unit.unit_name}</Link>
              </td>
              <td className="ratio">{formatRatio(unit.done, unit.total, lang)}</td>
              <td>{unit.done > 0 ? formatPercent(unit.done_on_time, unit.done, lang) : '—'}</td>
              <td>{formatNumber(unit.open_overdue, lang)}</td>
            </tr>
          ))}
          {v.after > 0 ? (
            <tr aria-hidden="true" className="virtual-spacer">
              <td colSpan={COLUMNS} style={{ height: v.after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
