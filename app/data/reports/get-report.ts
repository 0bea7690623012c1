import { queryOptions } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { reportKeys } from './keys';

export type ReportDetail = Tables<'reports'> & {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year' | 'issuer'> | null;
  submitter: Pick<Tables<'profiles'>, 'full_name' | 'email'> | null;
  /** The version that replaces this one, if any. */
  next: Pick<Tables<'reports'>, 'id' | 'version' | 'status'> | null;
};

/** One report with its plan, who submitted it, and the version that supersedes it. */
export async function getReport(id: string): Promise<ReportDetail | null> {
  const [report, next] = await Promise.all([
    supabase
      .from('reports')
      .select('*, plan:plans(id, doc_number, title, year, issuer), submitter:profiles!reports_submitted_by_fkey(full_name, email)')
      .eq('id', id)
      .maybeSingle(),
    supabase.from('reports').select('id, version, status').eq('supersedes_id', id).maybeSingle(),
  ]);
  if (report.error) throw report.error;
  if (next.error) throw next.error;
  if (!report.data) return null;
  return { ...(report.data as Omit<ReportDetail, 'next'>), next: next.data };
}

export const reportQueryOptions = (id: string) => queryOptions({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id) });
