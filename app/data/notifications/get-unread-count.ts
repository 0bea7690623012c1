import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { notificationKeys } from './keys';

/** How many of the user's notifications are unread (counted by the database, nothing downloaded). */
export async function getUnreadCount(): Promise<number> {
  const { count, error } = await supabase.from('my_notifications').select('id', { count: 'exact', head: true }).eq('unread', true);
  if (error) throw error;
  return count ?? 0;
}

export const unreadCountQueryOptions = (userId: string) =>
  queryOptions({ queryKey: notificationKeys.unread(userId), queryFn: getUnreadCount, refetchInterval: 60_000, staleTime: 30_000 });

export function useUnreadCount(userId: string) {
  return useQuery(unreadCountQueryOptions(userId));
}
