import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import type { Tables } from '../../../lib/database.types';
import { reportKeys } from '../../../data/reports/keys';

export type ReportPlan = Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year' | 'status'>;

/** Plans a report can be compiled on (issued ones), newest year first. */
export async function getReportPlans(): Promise<ReportPlan[]> {
  const { data, error } = await supabase
    .from('plans')
    .select('id, doc_number, title, year, status')
    .neq('status', 'draft')
    .order('year', { ascending: false })
    .order('doc_number');
  if (error) throw error;
  return data;
}

export const reportPlansQueryOptions = () => queryOptions({ queryKey: reportKeys.plans(), queryFn: getReportPlans });

export function useReportPlans() {
  return useQuery(reportPlansQueryOptions());
}
