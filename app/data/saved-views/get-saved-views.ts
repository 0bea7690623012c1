import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { savedViewKeys } from './keys';

export type SavedView = Pick<Tables<'saved_views'>, 'id' | 'name' | 'query' | 'created_at'>;

/** The signed-in user's saved views (the database returns only their own). */
export async function getSavedViews(): Promise<SavedView[]> {
  const { data, error } = await supabase.from('saved_views').select('id, name, query, created_at').order('name');
  if (error) throw error;
  return data;
}

export const savedViewsQueryOptions = (userId: string) =>
  queryOptions({ queryKey: savedViewKeys.list(userId), queryFn: getSavedViews });

export function useSavedViews(userId: string) {
  return useQuery(savedViewsQueryOptions(userId));
}
