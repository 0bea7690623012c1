import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import type { Tables } from '../../../lib/database.types';
import { planAdminKeys } from './keys';

export type EditablePlan = Tables<'plans'>;

export async function getPlanForEdit(planId: string): Promise<EditablePlan | null> {
  const { data, error } = await supabase.from('plans').select('*').eq('id', planId).maybeSingle();
  if (error) throw error;
  return data;
}

export const planForEditQueryOptions = (planId: string) =>
  queryOptions({ queryKey: planAdminKeys.plan(planId), queryFn: () => getPlanForEdit(planId) });

export function usePlanForEdit(planId: string) {
  return useQuery(planForEditQueryOptions(planId));
}
