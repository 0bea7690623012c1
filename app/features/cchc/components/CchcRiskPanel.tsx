import { useMe } from '../../../components/layout/me';
import { useCchcSets } from '../../../data/cchc/get-sets';
import { currentAssessment, useMyCchcAssessments } from '../../../data/cchc/get-assessments';
import { PointsAtRisk, RiskOverview } from './PointsAtRisk';
import '../cchc.css';
import { readsEveryUnitCchc, worksForOneUnit } from '../../../lib/permissions';

/**
 * Points at risk of the CCHC index, for the dashboard and "Đơn vị của tôi":
 * a head of unit sees its own open assessment with the tasks to chase; the
 * committee and Home Affairs see every unit of each open set.
 */
export function CchcRiskPanel({ scope }: { scope: 'unit' | 'province' }) {
  const me = useMe();
  const unit = scope === 'unit' || worksForOneUnit(me.role);
  const mine = useMyCchcAssessments(unit ? me.unitId : null);
  const sets = useCchcSets();
  if (unit) {
    const current = currentAssessment(mine.data ?? []);
    if (!current || current.status === 'published') return null;
    return <PointsAtRisk assessmentId={current.id} link={`/chi-so-cchc/danh-gia/${current.id}`} />;
  }
  if (!readsEveryUnitCchc(me.role)) return null;
  const open = (sets.data ?? []).filter((s) => s.status === 'open');
  return (
    <>
      {open.map((s) => (
        <RiskOverview key={s.id} setId={s.id} limit={5} title={s.name} />
      ))}
    </>
  );
}
