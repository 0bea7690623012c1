import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { taskKeys } from './keys';

export type EditableTask = Tables<'tasks'> & {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'status'>;
  coordinators: Array<{ unit_id: string }>;
};

export async function getTaskForEdit(taskId: string): Promise<EditableTask | null> {
  const { data, error } = await supabase
    .from('tasks')
    .select('*, plan:plans!tasks_plan_id_fkey(id, doc_number, title, status), coordinators:task_coordinators(unit_id)')
    .eq('id', taskId)
    .maybeSingle();
  if (error) throw error;
  return data as EditableTask | null;
}

export const taskForEditQueryOptions = (taskId: string) =>
  queryOptions({ queryKey: taskKeys.edit(taskId), queryFn: () => getTaskForEdit(taskId), staleTime: 0 });

export function useTaskForEdit(taskId: string) {
  return useQuery(taskForEditQueryOptions(taskId));
}
