// The task page in one request: public.task_page returns the task (with its
// plan, area, units and extensions), its evidence, comments and history as
// one JSON value.  The answer also fills the caches of each part
// (taskKeys.detail / evidence / comments / events).
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { TaskDetail } from './get-task';
import type { Comment, Evidence, TaskEvent } from './get-task-activity';
import type { Timeliness } from '../../lib/task-filters';
import { taskKeys } from './keys';

/** The task as task_page gives it: with whether it is late, as of today in Vietnam. */
export type TaskPageTask = TaskDetail & { timeliness: Timeliness; days_late: number | null };

export interface TaskView {
  task: TaskPageTask;
  /** Oldest first. */
  evidence: Evidence[];
  /** Oldest first. */
  comments: Comment[];
  /** Newest first. */
  events: TaskEvent[];
}

/** Null when the task does not exist or the caller may not read it. */
export async function getTaskView(taskId: string): Promise<TaskView | null> {
  const { data, error } = await supabase.rpc('task_page', { p_task_id: taskId });
  if (error) throw error;
  return (data as unknown as TaskView | null) ?? null;
}

function seed(client: QueryClient, taskId: string, view: TaskView | null) {
  client.setQueryData(taskKeys.detail(taskId), view?.task ?? null);
  if (!view) return;
  client.setQueryData(taskKeys.evidence(taskId), view.evidence);
  client.setQueryData(taskKeys.comments(taskId), view.comments);
  client.setQueryData(taskKeys.events(taskId), view.events);
}

export const taskViewQueryOptions = (taskId: string) =>
  queryOptions({
    queryKey: taskKeys.view(taskId),
    queryFn: async ({ client }) => {
      const view = await getTaskView(taskId);
      seed(client, taskId, view);
      return view;
    },
  });

export function useTaskView(taskId: string) {
  return useQuery(taskViewQueryOptions(taskId));
}
