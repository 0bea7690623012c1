// Who may do what, in one place: the app's copy of the rules the database
// enforces.  The database refuses anyway; the app asks here to show only the
// pages, buttons and forms that can work for the person signed in.
// supabase/tests/permissions-parity.test.ts tries every capability below as
// each persona through the real API and fails when the two disagree;
// supabase/tests/workflow-parity.test.ts compares the workflow with
// private.transition_allowed move by move.
import type { Enums } from './database.types';

export type AppRole = Enums<'app_role'>;
export type TaskStatus = Enums<'task_status'>;
export type PlanStatus = Enums<'plan_status'>;

export interface Actor {
  role: AppRole | null;
  unitId: string | null;
}

// ------------------------------------------------------------ task workflow

const DEPT_HEAD_MOVES: ReadonlyArray<readonly [TaskStatus, TaskStatus]> = [
  ['not_started', 'in_progress'],
  ['not_started', 'submitted'],
  ['in_progress', 'submitted'],
  ['returned', 'in_progress'],
  ['returned', 'submitted'],
  ['submitted', 'in_progress'],
];

const INTERIOR_MOVES: ReadonlyArray<readonly [TaskStatus, TaskStatus]> = [
  ...DEPT_HEAD_MOVES,
  ['submitted', 'done'],
  ['submitted', 'returned'],
  ['done', 'returned'],
  ['not_started', 'cancelled'],
  ['in_progress', 'cancelled'],
  ['submitted', 'cancelled'],
  ['returned', 'cancelled'],
];

export const ALL_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'submitted', 'done', 'returned', 'cancelled'];

/** private.transition_allowed(from, to, role). */
export function transitionAllowed(from: TaskStatus, to: TaskStatus, role: AppRole | null): boolean {
  const list = role === 'interior' ? INTERIOR_MOVES : role === 'dept_head' ? DEPT_HEAD_MOVES : [];
  return list.some(([a, b]) => a === from && b === to);
}

/** Whether this person may work on the task at all (status, progress, evidence). */
export function canWorkOn(actor: Actor, task: { lead_unit_id: string }, planStatus: PlanStatus): boolean {
  if (planStatus === 'closed') return false;
  if (actor.role === 'interior') return true;
  return actor.role === 'dept_head' && actor.unitId === task.lead_unit_id;
}

/** The moves this person can make from the task's current status, in display order. */
export function nextStatuses(actor: Actor, task: { lead_unit_id: string; status: TaskStatus }, planStatus: PlanStatus): TaskStatus[] {
  if (!canWorkOn(actor, task, planStatus)) return [];
  return ALL_STATUSES.filter((to) => to !== task.status && transitionAllowed(task.status, to, actor.role));
}

/** Moves that need a written reason. */
export const NEEDS_REASON: ReadonlySet<TaskStatus> = new Set(['returned', 'cancelled']);

/** Confirm (or return) a task its unit reported done: Home Affairs. */
export function canConfirm(role: AppRole | null): boolean {
  return transitionAllowed('submitted', 'done', role);
}

/** Write a comment on a task: the committee, Home Affairs, and the heads of its lead and coordinating units. */
export function canComment(actor: Actor, task: { lead_unit_id: string; coordinatorUnitIds: readonly string[] }): boolean {
  if (actor.role === 'committee' || actor.role === 'interior') return true;
  return actor.role === 'dept_head' && actor.unitId !== null && (task.lead_unit_id === actor.unitId || task.coordinatorUnitIds.includes(actor.unitId));
}

// ------------------------------------------------------------ by role

/** Plans and their tasks: create, edit, import, issue, close, extend, make public, carry over. */
export function canEditPlans(role: AppRole | null): boolean {
  return role === 'interior';
}

/** Indicators and their values. */
export function canEditIndicators(role: AppRole | null): boolean {
  return role === 'interior';
}

/** Periodic reports: draft, submit, supersede. */
export function canWriteReports(role: AppRole | null): boolean {
  return role === 'interior';
}

/** CCHC index sets (write, open, publish) and the appraisal of every unit's self-assessment. */
export function canRunCchcIndex(role: AppRole | null): boolean {
  return role === 'interior';
}

/** The CCHC index pages: those who score, appraise or follow it (administrators manage accounts only). */
export function usesCchcIndex(role: AppRole | null): boolean {
  return role === 'committee' || role === 'dept_head' || role === 'interior';
}

/** Every unit's CCHC assessments before publication (points at risk of each unit). */
export function readsEveryUnitCchc(role: AppRole | null): boolean {
  return role === 'committee' || role === 'interior';
}

/** The side that self-assesses: the unit's head, or Home Affairs for the province's own index. */
export function isCchcUnitSide(actor: Actor, unitId: string, target: Enums<'cchc_target'>): boolean {
  if (target === 'province') return actor.role === 'interior';
  return actor.role === 'dept_head' && actor.unitId === unitId;
}

/** A person who answers for one unit's tasks (their home page is "Đơn vị của tôi"). */
export function worksForOneUnit(role: AppRole | null): boolean {
  return role === 'dept_head';
}

/** Units, accounts and roles: the administration pages. */
export function canAdminister(role: AppRole | null): boolean {
  return role === 'admin';
}
