// The groups of tasks "My unit" counts, each as task-list filters.  The
// database counts with the same predicates (public.unit_task_counts), the
// short lists and the "see all" links use these filters, so a count, its
// short list and the full list agree.
import { TO_DO_STATUSES, type TaskListState } from './task-filters';

export const ATTENTION_KINDS = ['dueSoon', 'overdue', 'returned', 'submitted'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export const OVERDUE_AGES = [30, 90, 120] as const;

export interface AttentionWindow {
  unitId: string;
  /** Today in Vietnam and today + 7, yyyy-mm-dd (from the database). */
  today: string;
  dueSoonUntil: string;
}

export function attentionFilters(kind: AttentionKind, w: AttentionWindow, overdueMoreThan?: number): Partial<TaskListState> {
  switch (kind) {
    case 'dueSoon':
      return { unit: w.unitId, status: [...TO_DO_STATUSES], timeliness: 'open_not_due', dueFrom: w.today, dueTo: w.dueSoonUntil, sort: 'due' };
    case 'overdue':
      return { unit: w.unitId, status: [], timeliness: 'open_overdue', lateOver: overdueMoreThan, sort: 'due' };
    case 'returned':
      return { unit: w.unitId, status: ['returned'], sort: 'due' };
    case 'submitted':
      return { unit: w.unitId, status: ['submitted'], sort: 'due' };
  }
}
