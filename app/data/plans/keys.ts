// Query keys of plans, general to specific.
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  /** Every plan with its done/total. */
  list: () => [...planKeys.lists(), 'all'] as const,
  details: () => [...planKeys.all, 'detail'] as const,
  /** One plan with its figures per area. */
  detail: (planId: string) => [...planKeys.details(), planId] as const,
  /** The plan page in one request (plan_page): the plan, its areas and its tasks. */
  page: (planId: string) => [...planKeys.detail(planId), 'page'] as const,
};
