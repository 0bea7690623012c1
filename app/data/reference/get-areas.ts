// The six reform areas: fixed reference data, read once.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { referenceKeys } from './keys';

export type Area = Pick<Tables<'reform_areas'>, 'id' | 'code' | 'name_vi' | 'name_en'>;

export async function getAreas(): Promise<Area[]> {
  const { data, error } = await supabase.from('reform_areas').select('id, code, name_vi, name_en').order('id');
  if (error) throw error;
  return data;
}

export const areasQueryOptions = () => queryOptions({ queryKey: referenceKeys.areas(), queryFn: getAreas, staleTime: Infinity });

export const useAreas = () => useQuery(areasQueryOptions());
