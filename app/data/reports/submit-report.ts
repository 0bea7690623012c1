import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { reportKeys } from './keys';

/** Submits a draft: one database transaction checks it and freezes its figures as of the cut-off. */
export async function submitReport(id: string) {
  const { data, error } = await supabase.rpc('submit_report', { p_report_id: id });
  if (error) throw error;
  return data;
}

export function useSubmitReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitReport(id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
