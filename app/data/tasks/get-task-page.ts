import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskListState } from '../../lib/task-filters';
import { taskKeys } from './keys';
import { fetchTaskList, type TaskRow } from './task-list-query';

export type TaskPageRow = TaskRow;

export interface TaskPage {
  rows: TaskPageRow[];
  /** Every task that matches the filters, exact up to 10,000 (see `capped`). */
  total: number;
  /** More than `total` (10,000) tasks match: the count stopped there. */
  capped: boolean;
  /** True when the requested page is past the last one. */
  beyondEnd: boolean;
}

/** One page of the filtered list and the total, in a single request. */
export async function getTaskPage(state: TaskListState): Promise<TaskPage> {
  const { rows, total, capped } = await fetchTaskList(state, {
    sort: state.sort,
    desc: state.desc,
    offset: (state.page - 1) * state.size,
    limit: state.size,
    count: true,
  });
  return { rows, total: total ?? rows.length, capped, beyondEnd: rows.length === 0 && state.page > 1 };
}

export const taskPageQueryOptions = (state: TaskListState) =>
  queryOptions({ queryKey: taskKeys.list(state), queryFn: () => getTaskPage(state), placeholderData: keepPreviousData });

export function useTaskPage(state: TaskListState) {
  return useQuery(taskPageQueryOptions(state));
}
