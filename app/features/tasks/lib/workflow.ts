// The task workflow as the database enforces it (private.transition_allowed);
// supabase/tests/workflow-parity.test.ts checks the two agree.  The app uses
// it to show only the buttons that can succeed.
import type { Enums } from '../../../lib/database.types';

export type TaskStatus = Enums<'task_status'>;
export type AppRole = Enums<'app_role'>;

const DEPT_HEAD: ReadonlyArray<readonly [TaskStatus, TaskStatus]> = [
  ['not_started', 'in_progress'],
  ['not_started', 'submitted'],
  ['in_progress', 'submitted'],
  ['returned', 'in_progress'],
  ['returned', 'submitted'],
  ['submitted', 'in_progress'],
];

const INTERIOR: ReadonlyArray<readonly [TaskStatus, TaskStatus]> = [
  ...DEPT_HEAD,
  ['submitted', 'done'],
  ['submitted', 'returned'],
  ['done', 'returned'],
  ['not_started', 'cancelled'],
  ['in_progress', 'cancelled'],
  ['submitted', 'cancelled'],
  ['returned', 'cancelled'],
];

export const ALL_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'submitted', 'done', 'returned', 'cancelled'];

export function transitionAllowed(from: TaskStatus, to: TaskStatus, role: AppRole | null): boolean {
  const list = role === 'interior' ? INTERIOR : role === 'dept_head' ? DEPT_HEAD : [];
  return list.some(([a, b]) => a === from && b === to);
}

export interface Actor {
  role: AppRole | null;
  unitId: string | null;
}

/** Whether this person may work on the task at all (status, progress, evidence). */
export function canWorkOn(actor: Actor, task: { lead_unit_id: string; status: TaskStatus }, planStatus: Enums<'plan_status'>): boolean {
  if (planStatus === 'closed') return false;
  if (actor.role === 'interior') return true;
  return actor.role === 'dept_head' && actor.unitId === task.lead_unit_id;
}

/** The moves this person can make from the task's current status, in display order. */
export function nextStatuses(actor: Actor, task: { lead_unit_id: string; status: TaskStatus }, planStatus: Enums<'plan_status'>): TaskStatus[] {
  if (!canWorkOn(actor, task, planStatus)) return [];
  return ALL_STATUSES.filter((to) => to !== task.status && transitionAllowed(task.status, to, actor.role));
}

/** Moves that need a written reason. */
export const NEEDS_REASON: ReadonlySet<TaskStatus> = new Set(['returned', 'cancelled']);
