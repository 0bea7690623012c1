// Explanation requests: Home Affairs asks (with a day to answer by), the unit answers once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export async function requestExplanation({ assessmentId, scoreId, question, answerBy }: { assessmentId: string; scoreId: string; question: string; answerBy: string }) {
  const { data, error } = await supabase
    .from('cchc_explanations')
    .insert({ score_id: scoreId, question, answer_by: answerBy, assessment_id: assessmentId })
    .select('id')
    .single();
  if (error) throw error;
  return data;
}

export async function answerExplanation({ id, answer }: { id: string; answer: string }) {
  const { data, error } = await supabase.from('cchc_explanations').update({ answer }).eq('id', id).select('id').maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useRequestExplanation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestExplanation, onSettled: () => invalidate.cchc(queryClient) });
}

export function useAnswerExplanation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerExplanation, onSettled: () => invalidate.cchc(queryClient) });
}
