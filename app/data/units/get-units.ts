import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { unitKeys } from './keys';

export type Unit = Pick<Tables<'units'>, 'id' | 'code' | 'name' | 'short_name' | 'kind' | 'parent_id' | 'is_active' | 'sort_order'>;

/** Every unit, active or not, in their order (a province or ministry may have more than a page). */
export async function getUnits(): Promise<Unit[]> {
  return fetchAll((from, to) =>
    supabase
      .from('units')
      .select('id, code, name, short_name, kind, parent_id, is_active, sort_order')
      .order('sort_order')
      .order('name')
      .order('id')
      .range(from, to),
  );
}

export const unitsQueryOptions = () => queryOptions({ queryKey: unitKeys.list(), queryFn: getUnits, staleTime: 5 * 60_000 });

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
