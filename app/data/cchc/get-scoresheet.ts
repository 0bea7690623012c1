import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { cchcKeys } from './keys';

type Fn = Database['public']['Functions'];
export type SheetRow = Fn['cchc_scoresheet']['Returns'][number];
export type AreaTotal = Fn['cchc_area_totals']['Returns'][number];

/** One row per area, criterion and sub-criterion (at most a few hundred), in code order. */
export async function getScoresheet(assessmentId: string): Promise<SheetRow[]> {
  const { data, error } = await supabase.rpc('cchc_scoresheet', { p_assessment_id: assessmentId });
  if (error) throw error;
  return data ?? [];
}

export const scoresheetQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: cchcKeys.sheet(assessmentId), queryFn: () => getScoresheet(assessmentId) });

export async function getAreaTotals(assessmentId: string): Promise<AreaTotal[]> {
  const { data, error } = await supabase.rpc('cchc_area_totals', { p_assessment_id: assessmentId });
  if (error) throw error;
  return data ?? [];
}

export const areaTotalsQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: cchcKeys.areaTotals(assessmentId), queryFn: () => getAreaTotals(assessmentId) });

export function useAreaTotals(assessmentId: string) {
  return useQuery(areaTotalsQueryOptions(assessmentId));
}

/** Leaves (scored rows) still empty on the unit's side: no self-score where the unit must give one. */
export function emptyLeaves(rows: SheetRow[]): SheetRow[] {
  return rows.filter((r) => r.kind && !r.source && r.kind !== 'survey' && r.self_score === null);
}

/** Leaves scored above zero with neither evidence nor an explanation (submission refuses them). */
export function unexplainedLeaves(rows: SheetRow[]): SheetRow[] {
  return rows.filter(
    (r) =>
      r.kind && !r.source && r.kind !== 'survey' && r.kind !== 'penalty' &&
      (r.self_score ?? 0) > 0 && !r.self_note && (r.evidence_count ?? 0) === 0,
  );
}
