export const planAdminKeys = {
  all: ['plan-admin'] as const,
  units: () => [...planAdminKeys.all, 'units'] as const,
  areas: () => [...planAdminKeys.all, 'areas'] as const,
  plan: (planId: string) => [...planAdminKeys.all, 'plan', planId] as const,
  planRows: (planId: string) => [...planAdminKeys.plan(planId), 'rows'] as const,
  task: (taskId: string) => [...planAdminKeys.all, 'task', taskId] as const,
};
