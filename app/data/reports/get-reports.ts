import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { reportKeys } from './keys';

export type ReportListItem = Pick<
  Tables<'reports'>,
  'id' | 'plan_id' | 'period' | 'year' | 'status' | 'version' | 'doc_number' | 'doc_date' | 'data_to' | 'due_on' | 'submitted_at' | 'updated_at'
> & { plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year'> | null };

const PERIOD_ORDER = { q1: 1, h1: 2, q3: 3, annual: 4 } as const;

/** Every report, newest period first (versions of one period together, newest first). */
export async function getReports(): Promise<ReportListItem[]> {
  const data = await fetchAll((from, to) =>
    supabase
      .from('reports')
      .select('id, plan_id, period, year, status, version, doc_number, doc_date, data_to, due_on, submitted_at, updated_at, plan:plans(id, doc_number, title, year)')
      .order('id')
      .range(from, to),
  );
  return (data as ReportListItem[]).sort(
    (a, b) =>
      b.year - a.year ||
      PERIOD_ORDER[b.period] - PERIOD_ORDER[a.period] ||
      (a.plan?.doc_number ?? '').localeCompare(b.plan?.doc_number ?? '') ||
      b.version - a.version,
  );
}

export const reportsQueryOptions = () => queryOptions({ queryKey: reportKeys.list(), queryFn: getReports });

export function useReports() {
  return useQuery(reportsQueryOptions());
}
