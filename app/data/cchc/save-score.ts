// Writing a score row: the unit's self-score (score or rate, explanation) or
// Home Affairs' appraisal (score and reason).  Each write carries the version
// the user saw; the database refuses a stale one and checks every rule.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { TablesUpdate } from '../../lib/database.types';
import { invalidate } from '../invalidate';

export interface SaveScoreArgs {
  scoreId: string;
  version: number;
  changes: Pick<TablesUpdate<'cchc_scores'>, 'self_score' | 'self_measure' | 'self_note' | 'appraised_score' | 'appraisal_note'>;
}

export async function saveScore({ scoreId, version, changes }: SaveScoreArgs) {
  const { data, error } = await supabase
    .from('cchc_scores')
    .update({ ...changes, version: version + 1 })
    .eq('id', scoreId)
    .select('id, version')
    .maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useSaveScore() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveScore, onSettled: () => invalidate.cchc(queryClient) });
}
