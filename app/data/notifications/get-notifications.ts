import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { notificationKeys } from './keys';

export type Notification = Pick<
  Tables<'my_notifications'>,
  'id' | 'kind' | 'task_id' | 'plan_doc_number' | 'ordinal' | 'title' | 'lead_unit_name' | 'due_date' | 'days_late' | 'occurred_at' | 'unread'
>;

/** The panel shows this many, unread first, newest first. */
export const NOTIFICATION_LIMIT = 30;

export async function getNotifications(): Promise<Notification[]> {
  const { data, error } = await supabase
    .from('my_notifications')
    .select('id, kind, task_id, plan_doc_number, ordinal, title, lead_unit_name, due_date, days_late, occurred_at, unread')
    .order('unread', { ascending: false })
    .order('occurred_at', { ascending: false })
    .order('id')
    .limit(NOTIFICATION_LIMIT);
  if (error) throw error;
  return data;
}

export const notificationsQueryOptions = (userId: string) =>
  queryOptions({ queryKey: notificationKeys.list(userId), queryFn: getNotifications, staleTime: 30_000 });

export function useNotifications(userId: string, enabled: boolean) {
  return useQuery({ ...notificationsQueryOptions(userId), enabled });
}
