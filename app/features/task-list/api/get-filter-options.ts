import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import type { Tables } from '../../../lib/database.types';
import { taskListKeys } from '../../../data/saved-views/keys';

export interface FilterOptions {
  plans: Array<Pick<Tables<'plans'>, 'id' | 'doc_number' | 'year' | 'title'>>;
  units: Array<Pick<Tables<'units'>, 'id' | 'name' | 'short_name' | 'is_active'>>;
  areas: Array<Pick<Tables<'reform_areas'>, 'id' | 'name_vi' | 'name_en'>>;
}

/** What the filter lists offer: plans (newest first), units (in their order), the six areas. */
export async function getFilterOptions(): Promise<FilterOptions> {
  const [plans, units, areas] = await Promise.all([
    supabase.from('plans').select('id, doc_number, year, title').order('year', { ascending: false }).order('doc_number'),
    supabase.from('units').select('id, name, short_name, is_active').order('sort_order').order('name'),
    supabase.from('reform_areas').select('id, name_vi, name_en').order('id'),
  ]);
  if (plans.error) throw plans.error;
  if (units.error) throw units.error;
  if (areas.error) throw areas.error;
  return { plans: plans.data, units: units.data, areas: areas.data };
}

export const filterOptionsQueryOptions = () =>
  queryOptions({ queryKey: taskListKeys.options(), queryFn: getFilterOptions, staleTime: 10 * 60_000 });

export function useFilterOptions() {
  return useQuery(filterOptionsQueryOptions());
}
