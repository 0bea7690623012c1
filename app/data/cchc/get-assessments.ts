import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import type { CchcSet } from './get-sets';
import { cchcKeys } from './keys';

export type CchcAssessment = Pick<
  Tables<'cchc_assessments'>,
  'id' | 'set_id' | 'unit_id' | 'status' | 'self_from' | 'self_to' | 'submitted_at' | 'published_at' | 'version'
> & { unit: { code: string; name: string; short_name: string | null } | null };

const COLUMNS = 'id, set_id, unit_id, status, self_from, self_to, submitted_at, published_at, version, unit:units(code, name, short_name)';

/** The assessments of a set the signed-in person may read (one per unit; paged past 1,000). */
export async function getCchcAssessments(setId: string): Promise<CchcAssessment[]> {
  return fetchAll<CchcAssessment>((from, to) =>
    supabase.from('cchc_assessments').select(COLUMNS).eq('set_id', setId).order('id').range(from, to),
  );
}

export const cchcAssessmentsQueryOptions = (setId: string) =>
  queryOptions({ queryKey: cchcKeys.assessments(setId), queryFn: () => getCchcAssessments(setId) });

export type CchcAssessmentFull = CchcAssessment & { set: CchcSet | null };

/** One assessment with its set and unit. */
export async function getCchcAssessment(id: string): Promise<CchcAssessmentFull | null> {
  const { data, error } = await supabase
    .from('cchc_assessments')
    .select(
      `${COLUMNS}, set:cchc_sets(id, year, target, name, decision_doc, status, plan_id, cut_off, self_from, self_to, good_min, fair_min, average_min, previous_set_id, published_at)`,
    )
    .eq('id', id)
    .maybeSingle();
  if (error) throw error;
  return data as CchcAssessmentFull | null;
}

export const cchcAssessmentQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...cchcKeys.assessment(id), 'row'], queryFn: () => getCchcAssessment(id) });

/** A unit's own assessments (every year), newest first. */
export async function getMyCchcAssessments(unitId: string): Promise<CchcAssessmentFull[]> {
  const { data, error } = await supabase
    .from('cchc_assessments')
    .select(
      `${COLUMNS}, set:cchc_sets(id, year, target, name, decision_doc, status, plan_id, cut_off, self_from, self_to, good_min, fair_min, average_min, previous_set_id, published_at)`,
    )
    .eq('unit_id', unitId)
    .order('created_at', { ascending: false })
    .limit(100);
  if (error) throw error;
  return (data ?? []) as CchcAssessmentFull[];
}

export const myCchcAssessmentsQueryOptions = (unitId: string) =>
  queryOptions({ queryKey: cchcKeys.mine(unitId), queryFn: () => getMyCchcAssessments(unitId) });

export function useMyCchcAssessments(unitId: string | null) {
  return useQuery({ ...myCchcAssessmentsQueryOptions(unitId ?? ''), enabled: !!unitId });
}

/** The assessment a unit works on now: the newest one that is not published, else the newest. */
export function currentAssessment<T extends { status: string }>(rows: T[]): T | undefined {
  return rows.find((r) => r.status !== 'published') ?? rows[0];
}
