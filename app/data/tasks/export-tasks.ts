import { useMutation } from '@tanstack/react-query';
import type { TaskListState } from '../../lib/task-filters';
import { fetchAll } from '../fetch-all';
import { fetchTaskList, type TaskRow } from './task-list-query';

export type ExportRow = TaskRow;

/** A list longer than this is refused rather than exported in part. */
export const EXPORT_MAX_ROWS = 50_000;

export { TooManyRowsError as ExportTooLargeError } from '../fetch-all';

/** Every task that matches the filters (not just the page), in the list's order. */
export async function getAllTaskRows(state: TaskListState): Promise<ExportRow[]> {
  const rows = await fetchAll(
    async (from, to) => ({
      data: (await fetchTaskList(state, { sort: state.sort, desc: state.desc, offset: from, limit: to - from + 1 })).rows,
      error: null,
    }),
    { max: EXPORT_MAX_ROWS },
  );
  return rows as unknown as ExportRow[];
}

export function useExportTasks() {
  return useMutation({
    mutationFn: async ({ state, write }: { state: TaskListState; write: (rows: ExportRow[]) => Promise<void> }) => {
      const rows = await getAllTaskRows(state);
      await write(rows);
      return rows.length;
    },
  });
}
