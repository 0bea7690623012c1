import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import type { Tables } from '../../../lib/database.types';
import { indicatorKeys } from '../../../data/indicators/keys';

export type AreaRef = Pick<Tables<'reform_areas'>, 'id' | 'name_vi' | 'name_en'>;
export type UnitRef = Pick<Tables<'units'>, 'id' | 'name' | 'short_name' | 'is_active' | 'sort_order'>;

export interface IndicatorReference {
  areas: AreaRef[];
  units: UnitRef[];
}

/** The six reform areas and the units, for names and for the pickers. */
export async function getIndicatorReference(): Promise<IndicatorReference> {
  const [areas, units] = await Promise.all([
    supabase.from('reform_areas').select('id, name_vi, name_en').order('id'),
    supabase.from('units').select('id, name, short_name, is_active, sort_order').order('sort_order').order('name'),
  ]);
  if (areas.error) throw areas.error;
  if (units.error) throw units.error;
  return { areas: areas.data, units: units.data };
}

export const indicatorReferenceQueryOptions = () =>
  queryOptions({ queryKey: indicatorKeys.reference(), queryFn: getIndicatorReference, staleTime: 5 * 60_000 });

export function useIndicatorReference() {
  return useQuery(indicatorReferenceQueryOptions());
}
