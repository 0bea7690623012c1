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
