import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { unitKeys } from './keys';

export type UnitAsOf = Database['public']['Functions']['units_as_of']['Returns'][number];

/**
 * The units that were working on `day` (yyyy-mm-dd), with the names they had
 * that day.  A province has tens of units, a ministry a few hundred: one
 * request (the server's cap is 1,000 rows) is checked, not assumed.
 */
export async function getUnitsAsOf(day: string): Promise<UnitAsOf[]> {
  const { data, error } = await supabase.rpc('units_as_of', { p_day: day }).range(0, 999);
  if (error) throw error;
  return data ?? [];
}

export const unitsAsOfQueryOptions = (day: string) =>
  queryOptions({ queryKey: unitKeys.asOf(day), queryFn: () => getUnitsAsOf(day), staleTime: 5 * 60_000 });

export function useUnitsAsOf(day: string) {
  return useQuery(unitsAsOfQueryOptions(day));
}
