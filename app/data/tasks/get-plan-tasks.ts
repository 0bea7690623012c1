import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { compareOrdinals } from '../../lib/format';
import { fetchAll } from '../fetch-all';
import { taskKeys } from './keys';

export type PlanTask = Pick<
  Tables<'tasks'>,
  'id' | 'area_id' | 'ordinal' | 'title' | 'expected_output' | 'due_date' | 'cadence' | 'status' | 'progress' | 'completed_on'
> & { lead_unit: Pick<Tables<'units'>, 'id' | 'name' | 'short_name'> | null };

export async function getPlanTasks(planId: string): Promise<PlanTask[]> {
  // A ministry's plan can hold more tasks than one page of the API.
  const data = await fetchAll((from, to) =>
    supabase
      .from('tasks')
      .select(
        'id, area_id, ordinal, title, expected_output, due_date, cadence, status, progress, completed_on, lead_unit:units!tasks_lead_unit_id_fkey(id, name, short_name)',
      )
      .eq('plan_id', planId)
      .order('id')
      .range(from, to),
  );
  return (data as PlanTask[]).sort((a, b) => a.area_id - b.area_id || compareOrdinals(a.ordinal, b.ordinal));
}

export const planTasksQueryOptions = (planId: string) =>
  queryOptions({ queryKey: taskKeys.plan(planId), queryFn: () => getPlanTasks(planId) });

export function usePlanTasks(planId: string) {
  return useQuery(planTasksQueryOptions(planId));
}
