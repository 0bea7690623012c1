// Query keys of periodic reports, general to specific.
import type { ReportPeriod } from '../../lib/report-model';

export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: () => [...reportKeys.lists(), 'all'] as const,
  details: () => [...reportKeys.all, 'detail'] as const,
  detail: (id: string) => [...reportKeys.details(), id] as const,
  /** The report's figures and tasks (live for a draft, frozen once submitted). */
  data: (id: string) => [...reportKeys.detail(id), 'data'] as const,
  preview: (planId: string, period: ReportPeriod, year: number) => [...reportKeys.all, 'preview', planId, period, year] as const,
};
