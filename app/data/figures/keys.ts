export const dashboardKeys = {
  all: ['dashboard'] as const,
  plans: () => [...dashboardKeys.all, 'plans'] as const,
  figures: (planId: string, asOf: string | null) => [...dashboardKeys.all, 'figures', planId, asOf] as const,
  details: (planId: string, asOf: string | null) => [...dashboardKeys.all, 'details', planId, asOf] as const,
  overdue: (planId: string) => [...dashboardKeys.all, 'overdue', planId] as const,
};
