import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { notificationKeys } from './keys';

/**
 * How many of the user's notifications are unread (counted by the database,
 * nothing downloaded).  A GET for no rows (limit 0) rather than a HEAD: the
 * browser cancelled the HEAD's unread response on every page load.
 */
export async function getUnreadCount(): Promise<number> {
  const { count, error } = await supabase.from('my_notifications').select('id', { count: 'exact' }).eq('unread', true).limit(0);
  if (error) throw error;
  return count ?? 0;
}

export const unreadCountQueryOptions = (userId: string) =>
  queryOptions({ queryKey: notificationKeys.unread(userId), queryFn: getUnreadCount, refetchInterval: 60_000, staleTime: 30_000 });

export function useUnreadCount(userId: string) {
  return useQuery(unreadCountQueryOptions(userId));
}
