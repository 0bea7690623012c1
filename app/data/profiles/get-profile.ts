import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { profileKeys } from './keys';

export type Profile = Tables<'profiles'> & { unit: Pick<Tables<'units'>, 'id' | 'name' | 'short_name'> | null };

export async function getProfile(userId: string): Promise<Profile> {
  const { data, error } = await supabase
    .from('profiles')
    .select('*, unit:units!profiles_unit_id_fkey(id, name, short_name)')
    .eq('id', userId)
    .single();
  if (error) throw error;
  return data as Profile;
}

export const profileQueryOptions = (userId: string) =>
  queryOptions({ queryKey: profileKeys.detail(userId), queryFn: () => getProfile(userId), staleTime: 5 * 60_000 });

export function useProfile(userId: string | undefined) {
  return useQuery({ ...profileQueryOptions(userId ?? ''), enabled: Boolean(userId) });
}
