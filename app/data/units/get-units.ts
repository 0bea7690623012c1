import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { adminKeys } from './keys';

export type AdminUnit = Pick<
  Tables<'units'>,
  'id' | 'code' | 'name' | 'short_name' | 'kind' | 'parent_id' | 'is_active' | 'sort_order'
>;

/** Every unit, active or not (the page draws the tree). */
export async function getUnits(): Promise<AdminUnit[]> {
  const { data, error } = await supabase
    .from('units')
    .select('id, code, name, short_name, kind, parent_id, is_active, sort_order')
    .order('sort_order')
    .order('name');
  if (error) throw error;
  return data;
}

export const unitsQueryOptions = () => queryOptions({ queryKey: adminKeys.units(), queryFn: getUnits });

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
