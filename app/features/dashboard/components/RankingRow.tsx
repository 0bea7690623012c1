import { Link } from 'react-router';
import { formatNumber, formatPercent, formatRatio } from '../../../lib/format';
import { taskListHref } from '../../../lib/task-filters';
import { useLang } from '../../../i18n';
import type { UnitFigure } from '../../../data/figures/get-figures';

export const RANKING_COLUMNS = 5;

/** One unit's line of the ranking: rank, name (to its tasks in the list), done/total, on time, overdue. */
export function RankingRow({ unit, planId, index, measure }: {
  unit: UnitFigure;
  planId: string;
  index: number;
  measure?: (el: HTMLTableRowElement | null) => void;
}) {
  const lang = useLang();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>{unit.rank}</td>
      <td className="ranking-unit" title={unit.unit_name}>
        <Link to={taskListHref({ plan: planId, unit: unit.unit_id })}>{unit.unit_name}</Link>
      </td>
      <td className="ratio">{formatRatio(unit.done, unit.total, lang)}</td>
      <td>{unit.done > 0 ? formatPercent(unit.done_on_time, unit.done, lang) : '—'}</td>
      <td>{formatNumber(unit.open_overdue, lang)}</td>
    </tr>
  );
}
