import { queryOptions } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { ReportData } from '../../lib/report-model';
import { reportKeys } from './keys';

/**
 * Everything the report shows, computed in SQL as of its cut-off: the frozen
 * snapshot of a submitted report, live figures for a draft.
 */
export async function getReportData(id: string): Promise<ReportData | null> {
  const { data, error } = await supabase.rpc('report_data', { p_report_id: id });
  if (error) throw error;
  return (data as unknown as ReportData | null) ?? null;
}

export const reportDataQueryOptions = (id: string) =>
  queryOptions({ queryKey: reportKeys.data(id), queryFn: () => getReportData(id) });
