// Turns the task list's filters and sort (app/lib/task-filters.ts) into a
// query on the task_list view.  The list page, its export and the pages that
// show short lists ("My unit") all use it, so a count, a short list and the
// full list it links to always agree.
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
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
export const TASK_ROW_COLUMNS = TASK_ROW_FIELDS.join(', ');
export type TaskRow = Pick<TaskListRow, (typeof TASK_ROW_FIELDS)[number]>;

/**
 * The search box as `ilike` patterns, one per folded word ("cai cach" ->
 * %cai%, %cach%): a task matches when its search_text contains every word.
 * Characters that are wildcards in LIKE or special in the array the API
 * receives (% _ * \ , { } " ( )) separate words instead of being searched.
 */
export function searchPatterns(query: string): string[] {
  const words = foldedWords(query.replace(/[%_*\\,{}"()]/g, ' '));
  return words.map((word) => `%${word}%`);
}

export function taskListQuery(columns: string, filters: TaskFilters, options: { count?: boolean } = {}) {
  let query = supabase.from('task_list').select(columns, options.count ? { count: 'exact' } : undefined);
  if (filters.plan) query = query.eq('plan_id', filters.plan);
  if (filters.area) query = query.eq('area_id', filters.area);
  if (filters.unit) query = query.eq('lead_unit_id', filters.unit);
  if (filters.status.length === 1) query = query.eq('status', filters.status[0]!);
  else if (filters.status.length > 1) query = query.in('status', filters.status);
  if (filters.timeliness) query = query.eq('timeliness', filters.timeliness);
  if (filters.lateOver !== undefined) query = query.gt('days_late', filters.lateOver);
  // A range is one parameter (and=…): some servers keep only the last of two filters on one column.
  if (filters.dueFrom && filters.dueTo) query = query.or(`and(due_date.gte.${filters.dueFrom},due_date.lte.${filters.dueTo})`);
  else if (filters.dueFrom) query = query.gte('due_date', filters.dueFrom);
  else if (filters.dueTo) query = query.lte('due_date', filters.dueTo);
  if (filters.carried === 'from') query = query.not('carried_from_task_id', 'is', null);
  else if (filters.carried === 'to') query = query.not('carried_to_plan_doc_number', 'is', null);
  // One parameter for all words (search_text=ilike(all).{…}): every word must match.
  const patterns = searchPatterns(filters.q ?? '');
  if (patterns.length) query = query.ilikeAllOf('search_text', patterns);
  return query;
}

type Ordered = ReturnType<typeof taskListQuery>;

/** Sort keys to ORDER BY columns; `id` last so pages never overlap. */
export function orderTaskQuery(query: Ordered, sort: SortKey, desc: boolean): Ordered {
  const asc = !desc;
  switch (sort) {
    case 'due':
      query = query.order('due_date', { ascending: asc, nullsFirst: false });
      break;
    case 'status':
      query = query.order('status_rank', { ascending: asc }).order('due_date', { ascending: true, nullsFirst: false });
      break;
    case 'unit':
      query = query.order('lead_unit_sort', { ascending: asc }).order('lead_unit_name', { ascending: asc });
      break;
    case 'ordinal':
      break;
  }
  return query
    .order('plan_year', { ascending: false })
    .order('plan_doc_number', { ascending: true })
    .order('ordinal_path', { ascending: sort === 'ordinal' ? asc : true })
    .order('id', { ascending: true });
}
