import { useVirtualRows } from '../../../components/ui/virtual-rows';
import type { UnitFigure } from '../../../data/figures/get-figures';
import { RANKING_COLUMNS, RankingRow } from './RankingRow';
import { VirtualSpacer } from '../../../components/ui/VirtualSpacer';

/** The body of a long ranking, drawn a window at a time (loaded only for one: ./UnitRanking.tsx). */
export default function UnitRankingWindowed({ units, planId }: { units: UnitFigure[]; planId: string }) {
  const v = useVirtualRows(units, { estimate: 41 });
  return (
    <tbody ref={v.bodyRef}>
      <VirtualSpacer height={v.before} columns={RANKING_COLUMNS} />
      {v.rows.map(({ row: unit, index }) => (
        <RankingRow key={unit.unit_id} unit={unit} planId={planId} index={index} measure={v.measure} />
      ))}
      <VirtualSpacer height={v.after} columns={RANKING_COLUMNS} />
    </tbody>
  );
}
