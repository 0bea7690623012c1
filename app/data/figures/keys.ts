// Query keys of the figures computed in SQL from the task history (the
// dashboard's headline, unit ranking, trend and most overdue tasks).
export const figureKeys = {
  all: ['figures'] as const,
  plan: (planId: string) => [...figureKeys.all, planId] as const,
  headline: (planId: string, asOf: string | null) => [...figureKeys.plan(planId), 'headline', asOf] as const,
  details: (planId: string, asOf: string | null) => [...figureKeys.plan(planId), 'details', asOf] as const,
  overdue: (planId: string) => [...figureKeys.plan(planId), 'overdue'] as const,
  /** The whole dashboard in one request (dashboard_page). */
  page: (planId: string, asOf: string | null) => [...figureKeys.plan(planId), 'page', asOf] as const,
};
