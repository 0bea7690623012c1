import { useMutation } from '@tanstack/react-query';
import type { TaskListState } from '../../lib/task-filters';
import { fetchAll } from '../fetch-all';
import { orderTaskQuery, taskListQuery, type TaskListRow } from './task-list-query';

export const EXPORT_COLUMNS =
  'id, plan_doc_number, plan_year, area_id, ordinal, title, expected_output, lead_unit_name, start_date, due_date, original_due_date, cadence, status, progress, completed_on, timeliness, days_late';

export type ExportRow = Pick<
  TaskListRow,
  | 'id' | 'plan_doc_number' | 'plan_year' | 'area_id' | 'ordinal' | 'title' | 'expected_output' | 'lead_unit_name' | 'start_date'
  | 'due_date' | 'original_due_date' | 'cadence' | 'status' | 'progress' | 'completed_on' | 'timeliness' | 'days_late'
>;

/** A list longer than this is refused rather than exported in part. */
export const EXPORT_MAX_ROWS = 50_000;

export { TooManyRowsError as ExportTooLargeError } from '../fetch-all';

/** Every task that matches the filters (not just the page), in the list's order. */
export async function getAllTaskRows(state: TaskListState): Promise<ExportRow[]> {
  const rows = await fetchAll(
    (from, to) => orderTaskQuery(taskListQuery(EXPORT_COLUMNS, state), state.sort, state.desc).range(from, to),
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
