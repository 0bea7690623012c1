// What a change to each entity makes stale, in one place.  Mutations call
// these after they settle; nothing invalidates the whole cache.  An entity
// added later (app/data/<entity>/keys.ts) adds its key to every line whose
// data it shows, and its own function here.
//
//   a task     -> task lists and pages (task list, plan page, confirmation queue,
//                 a unit's counts), the task itself, plan progress, figures,
//                 notifications, draft reports (live figures), the public progress page
//   a plan     -> the same (plan numbers and states show beside every task)
//   a unit     -> units, and everything that shows a unit's name: tasks, plans'
//                 task lists, figures (ranking), accounts, notifications, reports
//   an account -> accounts (and the signed-in person's own profile)
//   indicator, report, saved view, CCHC index -> their own entity
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { taskKeys } from './tasks/keys';
import { planKeys } from './plans/keys';
import { figureKeys } from './figures/keys';
import { unitKeys } from './units/keys';
import { profileKeys } from './profiles/keys';
import { notificationKeys } from './notifications/keys';
import { reportKeys } from './reports/keys';
import { indicatorKeys } from './indicators/keys';
import { savedViewKeys } from './saved-views/keys';
import { cchcKeys } from './cchc/keys';
import { publicProgressKeys } from './public-progress/keys';

const TASK_DEPENDENTS: QueryKey[] = [planKeys.all, figureKeys.all, notificationKeys.all, reportKeys.all, publicProgressKeys.all];

/**
 * Marks `own` and `dependents` stale; the pages on screen reload them.  The
 * returned promise waits for the entity's own queries only, so a form that
 * closes on success does not wait for every figure on the page.
 */
function run(queryClient: QueryClient, own: QueryKey[], dependents: QueryKey[] = []) {
  for (const queryKey of dependents) void queryClient.invalidateQueries({ queryKey });
  return Promise.all(own.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export const invalidate = {
  tasks: (queryClient: QueryClient) => run(queryClient, [taskKeys.all], TASK_DEPENDENTS),
  plans: (queryClient: QueryClient) => run(queryClient, [planKeys.all], [taskKeys.all, ...TASK_DEPENDENTS]),
  units: (queryClient: QueryClient) => run(queryClient, [unitKeys.all], [profileKeys.all, taskKeys.all, ...TASK_DEPENDENTS]),
  profiles: (queryClient: QueryClient) => run(queryClient, [profileKeys.all]),
  indicators: (queryClient: QueryClient) => run(queryClient, [indicatorKeys.all]),
  reports: (queryClient: QueryClient) => run(queryClient, [reportKeys.all]),
  cchc: (queryClient: QueryClient) => run(queryClient, [cchcKeys.all]),
  savedViews: (queryClient: QueryClient, userId: string) => run(queryClient, [savedViewKeys.list(userId)]),
  notifications: (queryClient: QueryClient, userId: string) => run(queryClient, [notificationKeys.forUser(userId)]),
};
