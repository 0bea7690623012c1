import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { reportKeys } from './keys';

/** Starts the next version of a submitted report, as a draft carrying the same narrative. */
export async function supersedeReport(id: string): Promise<string> {
  const { data, error } = await supabase.rpc('supersede_report', { p_report_id: id });
  if (error) throw error;
  return data.id;
}

export function useSupersedeReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => supersedeReport(id),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
