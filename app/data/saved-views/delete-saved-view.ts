import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export async function deleteSavedView(id: string) {
  const { data, error } = await supabase.from('saved_views').delete().eq('id', id).select('id');
  if (error) throw error;
  if (!data.length) throw Object.assign(new Error('not found'), { code: 'PGRST116' });
}

export function useDeleteSavedView(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedView,
    onSettled: () => void invalidate.savedViews(queryClient, userId),
  });
}
