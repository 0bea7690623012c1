// Component scores of the province's own index (the Ministry's PAR Index,
// SIPAS, PAPI, PCI): read with the assessment, written by Home Affairs.  An
// update carries the version the user saw; the database refuses a stale one
// and checks every limit (score between 0 and the maximum, rank 1–100, an
// active responsible unit, nothing after publication).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Enums, Tables } from '../../lib/database.types';
import { invalidate } from '../invalidate';
import { cchcKeys } from './keys';

export type ComponentCode = Enums<'cchc_component'>;
export type ComponentScore = Pick<
  Tables<'cchc_component_scores'>,
  'id' | 'assessment_id' | 'component' | 'score' | 'max_score' | 'national_rank' | 'responsible_unit_id' | 'note' | 'version' | 'updated_at'
> & { unit: { name: string } | null };

export const COMPONENTS: readonly ComponentCode[] = ['par_index', 'sipas', 'papi', 'pci'];

/** The component scores of one assessment (at most four). */
export async function getComponentScores(assessmentId: string): Promise<ComponentScore[]> {
  const { data, error } = await supabase
    .from('cchc_component_scores')
    .select('id, assessment_id, component, score, max_score, national_rank, responsible_unit_id, note, version, updated_at, unit:units(name)')
    .eq('assessment_id', assessmentId)
    .order('component')
    .limit(20);
  if (error) throw error;
  return (data ?? []) as ComponentScore[];
}

export const componentScoresQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: cchcKeys.components(assessmentId), queryFn: () => getComponentScores(assessmentId) });

export function useComponentScores(assessmentId: string | undefined) {
  return useQuery({ ...componentScoresQueryOptions(assessmentId ?? ''), enabled: !!assessmentId });
}

export interface ComponentInput {
  component: ComponentCode;
  score: number;
  max_score: number;
  national_rank: number | null;
  responsible_unit_id: string | null;
  note: string | null;
}

/** Adds a component score, or changes the one with `id` at `version`. */
export async function saveComponentScore(args: { assessmentId: string; id?: string; version?: number; values: ComponentInput }) {
  const { assessmentId, id, version, values } = args;
  if (id) {
    const { data, error } = await supabase
      .from('cchc_component_scores')
      .update({ ...values, version: (version ?? 0) + 1 })
      .eq('id', id)
      .select('id, version')
      .maybeSingle();
    if (error) throw error;
    if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
    return data;
  }
  const { data, error } = await supabase
    .from('cchc_component_scores')
    .insert({ ...values, assessment_id: assessmentId })
    .select('id, version')
    .single();
  if (error) throw error;
  return data;
}

export function useSaveComponentScore() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveComponentScore, onSettled: () => invalidate.cchc(queryClient) });
}

export async function removeComponentScore(id: string) {
  const { data, error } = await supabase.from('cchc_component_scores').delete().eq('id', id).select('id');
  if (error) throw error;
  if (!data?.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useRemoveComponentScore() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeComponentScore, onSettled: () => invalidate.cchc(queryClient) });
}
