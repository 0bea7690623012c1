// Query keys of tasks, general to specific.  Every list of tasks (the task
// list's pages, a plan's tasks, the confirmation queue, a unit's counts and
// short lists) sits under taskKeys.lists(), every task under taskKeys.detail(id),
// so invalidating taskKeys.all reaches every screen that shows a task.
import type { TaskListState } from '../../lib/task-filters';

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  /** A page of the task list (filters, sort, page). */
  list: (state: TaskListState) => [...taskKeys.lists(), 'filtered', state] as const,
  /** Every task of a plan, as the plan page shows them. */
  plan: (planId: string) => [...taskKeys.lists(), 'plan', planId] as const,
  /** A plan's tasks with their versions, for bulk changes. */
  planRows: (planId: string) => [...taskKeys.lists(), 'plan-rows', planId] as const,
  /** The numbers a plan's tasks already use. */
  planOrdinals: (planId: string) => [...taskKeys.lists(), 'plan-ordinals', planId] as const,
  /** Tasks reported done, waiting for Home Affairs. */
  queue: () => [...taskKeys.lists(), 'confirmation-queue'] as const,
  /** A unit's counts and short lists ("Đơn vị của tôi"). */
  unitAttention: (unitId: string) => [...taskKeys.lists(), 'unit-attention', unitId] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (taskId: string) => [...taskKeys.details(), taskId] as const,
  /** The task as its edit form needs it (coordinators as ids). */
  edit: (taskId: string) => [...taskKeys.detail(taskId), 'edit'] as const,
  evidence: (taskId: string) => [...taskKeys.detail(taskId), 'evidence'] as const,
  comments: (taskId: string) => [...taskKeys.detail(taskId), 'comments'] as const,
  events: (taskId: string) => [...taskKeys.detail(taskId), 'events'] as const,
  /** Every task this one continues or is continued by (carry-over across years). */
  carryChain: (taskId: string) => [...taskKeys.detail(taskId), 'carry-chain'] as const,
  /** The task page in one request (task_page): the task, its evidence, comments and history. */
  view: (taskId: string) => [...taskKeys.detail(taskId), 'view'] as const,
};
