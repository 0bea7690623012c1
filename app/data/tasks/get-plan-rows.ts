// The tasks of a plan as bulk changes and the import need them: each with the
// version the person is looking at, so a task changed by someone else
// meanwhile is refused; and the numbers the plan already uses.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { taskKeys } from './keys';

export type PlanRow = Pick<Tables<'tasks'>, 'id' | 'version' | 'ordinal' | 'status' | 'start_date' | 'due_date' | 'lead_unit_id'>;

export async function getPlanRows(planId: string): Promise<PlanRow[]> {
  return fetchAll((from, to) =>
    supabase
      .from('tasks')
      .select('id, version, ordinal, status, start_date, due_date, lead_unit_id')
      .eq('plan_id', planId)
      .order('id')
      .range(from, to),
  );
}

export const planRowsQueryOptions = (planId: string) =>
  queryOptions({ queryKey: taskKeys.planRows(planId), queryFn: () => getPlanRows(planId) });

export function usePlanRows(planId: string, enabled = true) {
  return useQuery({ ...planRowsQueryOptions(planId), enabled });
}

export async function getPlanOrdinals(planId: string): Promise<string[]> {
  const rows = await fetchAll((from, to) => supabase.from('tasks').select('ordinal').eq('plan_id', planId).order('id').range(from, to));
  return rows.map((r) => r.ordinal);
}

export const planOrdinalsQueryOptions = (planId: string) =>
  queryOptions({ queryKey: taskKeys.planOrdinals(planId), queryFn: () => getPlanOrdinals(planId), staleTime: 0 });
