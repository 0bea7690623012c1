import { useMutation } from '@tanstack/react-query';
import type { TaskListState } from '../../lib/task-filters';
import { orderTaskQuery, taskListQuery, type TaskListRow } from './task-list-query';

export const EXPORT_COLUMNS =
  'id, plan_doc_number, plan_year, area_id, ordinal, title, expected_output, lead_unit_name, start_date, due_date, original_due_date, cadence, status, progress, completed_on, timeliness, days_late';

export type ExportRow = Pick<
  TaskListRow,
  | 'id' | 'plan_doc_number' | 'plan_year' | 'area_id' | 'ordinal' | 'title' | 'expected_output' | 'lead_unit_name' | 'start_date'
  | 'due_date' | 'original_due_date' | 'cadence' | 'status' | 'progress' | 'completed_on' | 'timeliness' | 'days_late'
>;

const CHUNK = 1000;
/** A list longer than this is refused rather than exported in part. */
export const EXPORT_MAX_ROWS = 50_000;

export class ExportTooLargeError extends Error {}

/** Every task that matches the filters (not just the page), in the list's order. */
export async function getAllTaskRows(state: TaskListState): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  let total: number | null = null;
  // Pages until the total counted with the first one (the server may cap a page below CHUNK).
  for (;;) {
    const first = rows.length === 0;
    const query = orderTaskQuery(taskListQuery(EXPORT_COLUMNS, state, { count: first }), state.sort, state.desc);
    const { data, count, error } = await query.range(rows.length, rows.length + CHUNK - 1);
    if (error) throw error;
    if (first) total = count;
    if (total !== null && total > EXPORT_MAX_ROWS) throw new ExportTooLargeError(String(EXPORT_MAX_ROWS));
    const chunk = (data ?? []) as unknown as ExportRow[];
    rows.push(...chunk);
    if (chunk.length === 0 || (total !== null ? rows.length >= total : chunk.length < CHUNK)) return rows;
  }
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
