import { useVirtualRows } from '../../../components/ui/virtual-rows';
import type { UnitFigure } from '../../../data/figures/get-figures';
import { RANKING_COLUMNS, RankingRow } from './RankingRow';

/** The body of a long ranking, drawn a window at a time (loaded only for one: ./UnitRanking.tsx). */
export default function UnitRankingWindowed({ units, planId }: { units: UnitFigure[]; planId: string }) {
  const v = useVirtualRows(units, { estimate: 41 });
  return (
    <tbody ref={v.bodyRef}>
      {v.before > 0 ? (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={RANKING_COLUMNS} style={{ height: v.before }} />
        </tr>
      ) : null}
      {v.rows.map(({ row: unit, index }) => (
        <RankingRow key={unit.unit_id} unit={unit} planId={planId} index={index} measure={v.measure} />
      ))}
      {v.after > 0 ? (
        <tr aria-hidden="true" className="virtual-spacer">
          <td colSpan={RANKING_COLUMNS} style={{ height: v.after }} />
        </tr>
      ) : null}
    </tbody>
  );
}
