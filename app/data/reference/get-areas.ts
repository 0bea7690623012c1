// Units and reform areas for the plan and task forms.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { planAdminKeys } from '../../features/plan-admin/api/keys';

export type UnitOption = Pick<Tables<'units'>, 'id' | 'code' | 'name' | 'short_name' | 'is_active' | 'kind'>;
export type AreaOption = Pick<Tables<'reform_areas'>, 'id' | 'name_vi' | 'name_en'>;

export async function getUnits(): Promise<UnitOption[]> {
  const { data, error } = await supabase.from('units').select('id, code, name, short_name, is_active, kind').order('sort_order').order('name');
  if (error) throw error;
  return data;
}

export async function getAreas(): Promise<AreaOption[]> {
  const { data, error } = await supabase.from('reform_areas').select('id, name_vi, name_en').order('id');
  if (error) throw error;
  return data;
}

export const unitsQueryOptions = () => queryOptions({ queryKey: planAdminKeys.units(), queryFn: getUnits, staleTime: 5 * 60_000 });
export const areasQueryOptions = () => queryOptions({ queryKey: planAdminKeys.areas(), queryFn: getAreas, staleTime: Infinity });

export const useUnits = () => useQuery(unitsQueryOptions());
export const useAreas = () => useQuery(areasQueryOptions());
