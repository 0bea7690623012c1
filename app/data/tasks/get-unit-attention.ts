import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { fetchTaskList, type TaskListRow } from './task-list-query';
import { DEFAULT_STATE } from '../../lib/task-filters';
import { ATTENTION_KINDS, attentionFilters, type AttentionKind, type AttentionWindow } from '../../lib/attention';
import { taskKeys } from './keys';

export type UnitCounts = Database['public']['Functions']['unit_task_counts']['Returns'][number];

export type AttentionTask = Pick<
  TaskListRow,
  'id' | 'plan_doc_number' | 'plan_year' | 'ordinal' | 'title' | 'due_date' | 'status' | 'timeliness' | 'days_late' | 'progress'
>;

export interface UnitAttention {
  counts: UnitCounts;
  window: AttentionWindow;
  lists: Record<AttentionKind, AttentionTask[]>;
}

/** How many tasks of each group show in the short lists. */
export const SHORT_LIST = 5;

/**
 * The unit's counts (one RPC, counted in SQL) and a short list for each
 * group (the first few rows of the list each count links to).
 */
export async function getUnitAttention(unitId: string): Promise<UnitAttention> {
  const { data: counts, error } = await supabase.rpc('unit_task_counts', { p_unit_id: unitId }).single();
  if (error) throw error;
  const window: AttentionWindow = { unitId, today: counts.today, dueSoonUntil: counts.due_soon_until };
  const lists = await Promise.all(
    ATTENTION_KINDS.map(async (kind) => {
      const filters = { ...DEFAULT_STATE, ...attentionFilters(kind, window) };
      const { rows } = await fetchTaskList(filters, { sort: filters.sort, desc: filters.desc, limit: SHORT_LIST });
      return [kind, rows as AttentionTask[]] as const;
    }),
  );
  return { counts, window, lists: Object.fromEntries(lists) as Record<AttentionKind, AttentionTask[]> };
}

export const unitAttentionQueryOptions = (unitId: string) =>
  queryOptions({ queryKey: taskKeys.unitAttention(unitId), queryFn: () => getUnitAttention(unitId) });

export function useUnitAttention(unitId: string | null) {
  return useQuery({ ...unitAttentionQueryOptions(unitId ?? ''), enabled: Boolean(unitId) });
}
