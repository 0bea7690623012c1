import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

// Messages are i18n keys, translated where they are shown.
export const saveViewSchema = z.object({
  name: z.string().trim().min(1, 'taskList.views.nameRequired').max(100, 'taskList.views.nameTooLong'),
});
export type SaveViewInput = z.infer<typeof saveViewSchema>;

/** Saves the current filters (their query string) under a name. */
export async function saveView(input: SaveViewInput & { query: string }) {
  const { data, error } = await supabase
    .from('saved_views')
    .insert({ name: input.name.trim(), query: input.query })
    .select('id, name, query, created_at')
    .single();
  if (error) throw error;
  return data;
}

export function useSaveView(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveView,
    onSettled: () => void invalidate.savedViews(queryClient, userId),
  });
}
