import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskListState } from '../../lib/task-filters';
import { taskKeys } from './keys';
import { orderTaskQuery, taskListQuery, TASK_ROW_COLUMNS, type TaskRow } from './task-list-query';

export type TaskPageRow = TaskRow;

export interface TaskPage {
  rows: TaskPageRow[];
  /** Every task that matches the filters. */
  total: number;
  /** True when the requested page is past the last one. */
  beyondEnd: boolean;
}

/** One page of the filtered list and the total, in a single request. */
export async function getTaskPage(state: TaskListState): Promise<TaskPage> {
  const from = (state.page - 1) * state.size;
  const query = orderTaskQuery(taskListQuery(TASK_ROW_COLUMNS, state, { count: true }), state.sort, state.desc).range(from, from + state.size - 1);
  const { data, count, error } = await query;
  // PostgREST answers a range past the end with 416 (PGRST103).
  if (error && (error.code === 'PGRST103' || /range/i.test(error.message ?? ''))) {
    return { rows: [], total: count ?? 0, beyondEnd: true };
  }
  if (error) throw error;
  const rows = (data ?? []) as unknown as TaskPageRow[];
  return { rows, total: count ?? rows.length, beyondEnd: rows.length === 0 && state.page > 1 };
}

export const taskPageQueryOptions = (state: TaskListState) =>
  queryOptions({ queryKey: taskKeys.list(state), queryFn: () => getTaskPage(state), placeholderData: keepPreviousData });

export function useTaskPage(state: TaskListState) {
  return useQuery(taskPageQueryOptions(state));
}
