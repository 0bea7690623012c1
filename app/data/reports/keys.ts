import type { ReportPeriod } from '../../lib/report-model';

export const reportKeys = {
  all: ['reports'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
  data: (id: string) => [...reportKeys.detail(id), 'data'] as const,
  preview: (planId: string, period: ReportPeriod, year: number) => [...reportKeys.all, 'preview', planId, period, year] as const,
  plans: () => [...reportKeys.all, 'plans'] as const,
};
