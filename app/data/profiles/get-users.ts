import { queryOptions } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { profileKeys } from './keys';

export type AdminUser = Pick<Tables<'profiles'>, 'id' | 'email' | 'full_name' | 'role' | 'unit_id' | 'created_at'> & {
  unit: Pick<Tables<'units'>, 'id' | 'code' | 'name' | 'short_name' | 'is_active'> | null;
};

/** Every account: those waiting for a role first, then the newest. */
export async function getUsers(): Promise<AdminUser[]> {
  return fetchAll((from, to) =>
    supabase
      .from('profiles')
      .select('id, email, full_name, role, unit_id, created_at, unit:units!profiles_unit_id_fkey(id, code, name, short_name, is_active)')
      .order('role', { ascending: true, nullsFirst: true })
      .order('created_at', { ascending: false })
      .order('id')
      .range(from, to),
  ) as Promise<AdminUser[]>;
}

export const usersQueryOptions = () => queryOptions({ queryKey: profileKeys.list(), queryFn: getUsers });
