import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { ReportData, ReportPeriod } from '../../lib/report-model';
import { reportKeys } from './keys';

/** The cut-offs and figures a new report on this plan and period would start from. */
export async function getReportPreview(planId: string, period: ReportPeriod, year: number): Promise<ReportData | null> {
  const { data, error } = await supabase.rpc('report_preview', { p_plan_id: planId, p_period: period, p_year: year });
  if (error) throw error;
  return (data as unknown as ReportData | null) ?? null;
}

export const reportPreviewQueryOptions = (planId: string, period: ReportPeriod, year: number) =>
  queryOptions({
    queryKey: reportKeys.preview(planId, period, year),
    queryFn: () => getReportPreview(planId, period, year),
    placeholderData: keepPreviousData,
  });

export function useReportPreview(planId: string | null, period: ReportPeriod, year: number | null) {
  return useQuery({ ...reportPreviewQueryOptions(planId ?? '', period, year ?? 0), enabled: Boolean(planId && year) });
}
