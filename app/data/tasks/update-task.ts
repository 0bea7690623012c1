import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { TablesUpdate } from '../../lib/database.types';
import type { TaskDetail } from './get-task';
import type { TaskView } from './get-task-view';
import { taskKeys } from './keys';
import { invalidate } from '../invalidate';

export type TaskPatch = Pick<TablesUpdate<'tasks'>, 'status' | 'progress' | 'progress_note' | 'status_reason'>;

export const progressSchema = z.object({
  progress: z.coerce.number().int('tasks.form.progressWhole').min(0, 'tasks.form.progressRange').max(100, 'tasks.form.progressRange'),
  progress_note: z.string().trim().max(4000, 'tasks.form.noteTooLong'),
});
export type ProgressInput = z.infer<typeof progressSchema>;

export const reasonSchema = z.object({
  reason: z.string().trim().min(5, 'tasks.form.reasonRequired').max(2000, 'tasks.form.reasonTooLong'),
});
export type ReasonInput = z.infer<typeof reasonSchema>;

/**
 * Saves a change based on the version the user saw.  The database refuses it
 * (RT409) if someone changed the task meanwhile; the page then offers a reload.
 * The change shows at once and rolls back if refused.
 */
export async function updateTask({ task, patch }: { task: Pick<TaskDetail, 'id' | 'version'>; patch: TaskPatch }) {
  const { data, error } = await supabase
    .from('tasks')
    .update({ ...patch, version: task.version + 1 })
    .eq('id', task.id)
    .select('id, version')
    .maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useUpdateTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTask,
    onMutate: async ({ patch }) => {
      // The task page shows the task from taskKeys.view; the task's own cache too.
      await queryClient.cancelQueries({ queryKey: taskKeys.detail(taskId), exact: true });
      await queryClient.cancelQueries({ queryKey: taskKeys.view(taskId), exact: true });
      const previous = queryClient.getQueryData<TaskDetail | null>(taskKeys.detail(taskId));
      const previousView = queryClient.getQueryData<TaskView | null>(taskKeys.view(taskId));
      if (previous) queryClient.setQueryData(taskKeys.detail(taskId), { ...previous, ...patch });
      if (previousView) queryClient.setQueryData(taskKeys.view(taskId), { ...previousView, task: { ...previousView.task, ...patch } });
      return { previous, previousView };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(taskKeys.detail(taskId), context.previous);
      if (context?.previousView) queryClient.setQueryData(taskKeys.view(taskId), context.previousView);
    },
    // Every list, count and figure that shows the task changes with it.
    onSettled: () => invalidate.tasks(queryClient),
  });
}
