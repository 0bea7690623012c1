import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { cchcKeys } from './keys';

export type CchcSet = Pick<
  Tables<'cchc_sets'>,
  | 'id' | 'year' | 'target' | 'name' | 'decision_doc' | 'status' | 'plan_id' | 'cut_off' | 'self_from' | 'self_to'
  | 'good_min' | 'fair_min' | 'average_min' | 'previous_set_id' | 'published_at'
>;

/** A set with the issuer of its plan (the results appendix is issued in its name). */
export type CchcSetWithPlan = CchcSet & { plan: { issuer: string } | null };

const SET_COLUMNS =
  'id, year, target, name, decision_doc, status, plan_id, cut_off, self_from, self_to, good_min, fair_min, average_min, previous_set_id, published_at';

/** Every index set the signed-in person may read, newest year first (a few per year). */
export async function getCchcSets(): Promise<CchcSet[]> {
  const { data, error } = await supabase
    .from('cchc_sets')
    .select(SET_COLUMNS)
    .order('year', { ascending: false })
    .order('target')
    .limit(300);
  if (error) throw error;
  return data ?? [];
}

export const cchcSetsQueryOptions = () => queryOptions({ queryKey: cchcKeys.sets(), queryFn: getCchcSets });

export function useCchcSets() {
  return useQuery(cchcSetsQueryOptions());
}

export async function getCchcSet(setId: string): Promise<CchcSetWithPlan | null> {
  const { data, error } = await supabase.from('cchc_sets').select(`${SET_COLUMNS}, plan:plans(issuer)`).eq('id', setId).maybeSingle();
  if (error) throw error;
  return data as CchcSetWithPlan | null;
}

export const cchcSetQueryOptions = (setId: string) =>
  queryOptions({ queryKey: [...cchcKeys.set(setId), 'row'], queryFn: () => getCchcSet(setId) });
