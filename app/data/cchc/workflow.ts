// The workflow steps; each is a database function that checks who calls.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export type AssessmentStep = 'cchc_submit' | 'cchc_start_appraisal' | 'cchc_accept_self_scores' | 'cchc_finish_reappraisal';

export async function runAssessmentStep({ step, assessmentId }: { step: AssessmentStep; assessmentId: string }) {
  const { error } = await supabase.rpc(step, { p_assessment_id: assessmentId });
  if (error) throw error;
}

export function useAssessmentStep() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runAssessmentStep, onSettled: () => invalidate.cchc(queryClient) });
}

export async function publishSet(setId: string) {
  const { error } = await supabase.rpc('cchc_publish_set', { p_set_id: setId });
  if (error) throw error;
}

export function usePublishSet() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishSet, onSettled: () => invalidate.cchc(queryClient) });
}

/** Home Affairs moves a unit's self-assessment window (with the version it saw). */
export async function saveWindow({ assessmentId, version, from, to }: { assessmentId: string; version: number; from: string; to: string }) {
  const { data, error } = await supabase
    .from('cchc_assessments')
    .update({ self_from: from, self_to: to, version: version + 1 })
    .eq('id', assessmentId)
    .select('id')
    .maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useSaveWindow() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveWindow, onSettled: () => invalidate.cchc(queryClient) });
}
