import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { notificationKeys } from './keys';
import { invalidate } from '../invalidate';

/** Marks everything up to now as read (the database's clock). */
export async function markAllRead(): Promise<string> {
  const { data, error } = await supabase.rpc('mark_notifications_read');
  if (error) throw error;
  return data;
}

export function useMarkAllRead(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => queryClient.setQueryData(notificationKeys.unread(userId), 0),
    onSettled: () => void invalidate.notifications(queryClient, userId),
  });
}
