// The tasks of a plan as bulk changes need them: each with the version the
// person is looking at, so a task changed by someone else meanwhile is refused.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { planAdminKeys } from '../../features/plan-admin/api/keys';

export type PlanRow = Pick<Tables<'tasks'>, 'id' | 'version' | 'ordinal' | 'status' | 'start_date' | 'due_date' | 'lead_unit_id'>;

export async function getPlanRows(planId: string): Promise<PlanRow[]> {
  const { data, error } = await supabase
    .from('tasks')
    .select('id, version, ordinal, status, start_date, due_date, lead_unit_id')
    .eq('plan_id', planId);
  if (error) throw error;
  return data;
}

export const planRowsQueryOptions = (planId: string) =>
  queryOptions({ queryKey: planAdminKeys.planRows(planId), queryFn: () => getPlanRows(planId) });

export function usePlanRows(planId: string, enabled = true) {
  return useQuery({ ...planRowsQueryOptions(planId), enabled });
}
