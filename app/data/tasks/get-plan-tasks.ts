import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { compareOrdinals } from '../../lib/format';
import { fetchAll } from '../fetch-all';
import { taskKeys } from './keys';

export type PlanTask = Pick<
  Tables<'tasks'>,
  'id' | 'area_id' | 'ordinal' | 'title' | 'expected_output' | 'due_date' | 'cadence' | 'status' | 'progress' | 'completed_on'
> & {
  lead_unit: Pick<Tables<'units'>, 'id' | 'name' | 'short_name'> | null;
  /** The plan this task continues (carried over from last year), if any. */
  carried_from_plan_doc_number: string | null;
  /** The plan this task was carried into, if any. */
  carried_to_plan_doc_number: string | null;
};

const COLUMNS =
  'id, area_id, ordinal, title, expected_output, due_date, cadence, status, progress, completed_on, ' +
  'lead_unit_id, lead_unit_name, lead_unit_short_name, carried_from_plan_doc_number, carried_to_plan_doc_number';

type Row = Pick<
  Tables<'task_list'>,
  | 'id' | 'area_id' | 'ordinal' | 'title' | 'expected_output' | 'due_date' | 'cadence' | 'status' | 'progress' | 'completed_on'
  | 'lead_unit_id' | 'lead_unit_name' | 'lead_unit_short_name' | 'carried_from_plan_doc_number' | 'carried_to_plan_doc_number'
>;

export async function getPlanTasks(planId: string): Promise<PlanTask[]> {
  // A ministry's plan can hold more tasks than one page of the API.  The
  // task_list view (the tables' read rules apply) adds the carry-over marks.
  const data = await fetchAll((from, to) =>
    supabase.from('task_list').select(COLUMNS).eq('plan_id', planId).order('id').range(from, to),
  );
  return (data as unknown as Row[])
    .map((row) => ({
      id: row.id!,
      area_id: row.area_id!,
      ordinal: row.ordinal!,
      title: row.title!,
      expected_output: row.expected_output,
      due_date: row.due_date,
      cadence: row.cadence!,
      status: row.status!,
      progress: row.progress!,
      completed_on: row.completed_on,
      lead_unit: row.lead_unit_id ? { id: row.lead_unit_id, name: row.lead_unit_name ?? '', short_name: row.lead_unit_short_name } : null,
      carried_from_plan_doc_number: row.carried_from_plan_doc_number,
      carried_to_plan_doc_number: row.carried_to_plan_doc_number,
    }))
    .sort((a, b) => a.area_id - b.area_id || compareOrdinals(a.ordinal, b.ordinal));
}

export const planTasksQueryOptions = (planId: string) =>
  queryOptions({ queryKey: taskKeys.plan(planId), queryFn: () => getPlanTasks(planId) });

export function usePlanTasks(planId: string) {
  return useQuery(planTasksQueryOptions(planId));
}
