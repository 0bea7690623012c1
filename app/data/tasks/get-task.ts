import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { taskKeys } from './keys';

type UnitRef = Pick<Tables<'units'>, 'id' | 'name' | 'short_name'>;

export type TaskDetail = Tables<'tasks'> & {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year' | 'status'>;
  area: Pick<Tables<'reform_areas'>, 'id' | 'name_vi' | 'name_en'>;
  lead_unit: UnitRef;
  coordinators: Array<{ unit: UnitRef }>;
  extensions: Array<Pick<Tables<'deadline_extensions'>, 'id' | 'previous_due_date' | 'new_due_date' | 'doc_number' | 'doc_date' | 'approved_on' | 'reason'>>;
};

export async function getTask(taskId: string): Promise<TaskDetail | null> {
  const { data, error } = await supabase
    .from('tasks')
    .select(
      `*,
       plan:plans!tasks_plan_id_fkey(id, doc_number, title, year, status),
       area:reform_areas!tasks_area_id_fkey(id, name_vi, name_en),
       lead_unit:units!tasks_lead_unit_id_fkey(id, name, short_name),
       coordinators:task_coordinators(unit:units!task_coordinators_unit_id_fkey(id, name, short_name)),
       extensions:deadline_extensions(id, previous_due_date, new_due_date, doc_number, doc_date, approved_on, reason)`,
    )
    .eq('id', taskId)
    .maybeSingle();
  if (error) throw error;
  return data as TaskDetail | null;
}

export const taskQueryOptions = (taskId: string) => queryOptions({ queryKey: taskKeys.detail(taskId), queryFn: () => getTask(taskId) });

export function useTask(taskId: string) {
  return useQuery(taskQueryOptions(taskId));
}
