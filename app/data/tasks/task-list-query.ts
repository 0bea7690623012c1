// The task list's filters and sort (app/lib/task-filters.ts) asked of the
// database function public.task_list_page: a page of task_list rows and, if
// asked, their count (exact up to 10,000, then "more than 10,000").  The list
// page, its export and the pages that show short lists ("My unit") all use
// it, so a count, a short list and the full list it links to always agree.
// (The function applies the read rule of tasks itself so that its filters
// can use indexes; see supabase/migrations/20261204000000_task_list_page.sql.)
import { supabase } from '../../lib/supabase';
import type { Database, Tables } from '../../lib/database.types';
import { foldedWords } from '../../lib/fold-vi';
import type { SortKey, TaskFilters } from '../../lib/task-filters';

export type TaskListRow = Tables<'task_list'>;

/**
 * The columns of a task as the task list shows it and exports it: one list
 * for both, so a new field is named here once (then shown in TaskTable and
 * written in the export's table).
 */
export const TASK_ROW_FIELDS = [
  'id', 'plan_id', 'plan_doc_number', 'plan_year', 'area_id', 'ordinal', 'title', 'expected_output', 'lead_unit_id',
  'lead_unit_name', 'lead_unit_short_name', 'start_date', 'due_date', 'original_due_date', 'cadence', 'status', 'progress',
  'completed_on', 'timeliness', 'days_late', 'carried_from_plan_doc_number', 'carried_to_plan_doc_number',
] as const satisfies ReadonlyArray<keyof TaskListRow>;
export type TaskRow = Pick<TaskListRow, (typeof TASK_ROW_FIELDS)[number]>;

/** Beyond this many matches the count stops: the list says "more than 10,000". */
export const COUNT_CAP = 10_000;

export interface TaskListAnswer {
  rows: TaskListRow[];
  /** Matches, exact up to COUNT_CAP (null when not asked). */
  total: number | null;
  /** True when there are more than COUNT_CAP matches (total is then COUNT_CAP). */
  capped: boolean;
}

type Args = Database['public']['Functions']['task_list_page']['Args'];

/** The function's arguments for these filters, sort and rows. */
export function taskListArgs(
  filters: TaskFilters,
  { sort = 'ordinal', desc = false, offset = 0, limit = 50, count = false }: { sort?: SortKey; desc?: boolean; offset?: number; limit?: number; count?: boolean },
): Args {
  const args: Args = { p_sort: sort, p_desc: desc, p_offset: offset, p_limit: limit, p_count: count };
  if (filters.plan) args.p_plan_id = filters.plan;
  if (filters.area) args.p_area_id = filters.area;
  if (filters.unit) args.p_unit_id = filters.unit;
  if (filters.status.length) args.p_statuses = [...filters.status];
  if (filters.timeliness) args.p_timeliness = filters.timeliness;
  if (filters.lateOver !== undefined) args.p_late_over = filters.lateOver;
  if (filters.dueFrom) args.p_due_from = filters.dueFrom;
  if (filters.dueTo) args.p_due_to = filters.dueTo;
  if (filters.carried) args.p_carried = filters.carried;
  // Folded words; the database folds and escapes them again, and a task
  // matches when its search_text contains every word.
  const words = foldedWords(filters.q ?? '');
  if (words.length) args.p_search = words;
  return args;
}

/** One request: the rows from `offset` (at most `limit`, ≤ 1,000) in the list's order, and the count if asked. */
export async function fetchTaskList(
  filters: TaskFilters,
  opts: { sort: SortKey; desc: boolean; offset?: number; limit?: number; count?: boolean },
): Promise<TaskListAnswer> {
  const { data, error } = await supabase.rpc('task_list_page', taskListArgs(filters, opts));
  if (error) throw error;
  const answer = data as unknown as Partial<TaskListAnswer> | null;
  return { rows: answer?.rows ?? [], total: answer?.total ?? null, capped: answer?.capped === true };
}
