// Tasks reported done and waiting for Home Affairs to confirm or return them,
// oldest report first, each with its evidence.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { taskKeys } from './keys';

export type QueueEvidence = Pick<
  Tables<'evidence'>,
  'id' | 'kind' | 'doc_number' | 'doc_date' | 'issuer' | 'summary' | 'url' | 'file_name' | 'file_size' | 'created_at'
>;

export type QueueTask = Pick<
  Tables<'tasks'>,
  'id' | 'version' | 'ordinal' | 'title' | 'expected_output' | 'status' | 'due_date' | 'judged_due_date' | 'submitted_at' | 'progress_note'
> & {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'year' | 'status'>;
  lead_unit: Pick<Tables<'units'>, 'id' | 'name' | 'short_name'>;
  evidence: QueueEvidence[];
};

export async function getQueue(): Promise<QueueTask[]> {
  const { data, error } = await supabase
    .from('tasks')
    .select(
      `id, version, ordinal, title, expected_output, status, due_date, judged_due_date, submitted_at, progress_note,
       plan:plans!tasks_plan_id_fkey!inner(id, doc_number, year, status),
       lead_unit:units!tasks_lead_unit_id_fkey(id, name, short_name),
       evidence(id, kind, doc_number, doc_date, issuer, summary, url, file_name, file_size, created_at)`,
    )
    .eq('status', 'submitted')
    .neq('plan.status', 'closed')
    .order('submitted_at', { ascending: true, nullsFirst: true })
    .order('created_at', { referencedTable: 'evidence', ascending: true })
    .limit(500);
  if (error) throw error;
  return data as unknown as QueueTask[];
}

export const queueQueryOptions = () => queryOptions({ queryKey: taskKeys.queue(), queryFn: getQueue, staleTime: 0 });

export function useQueue() {
  return useQuery(queueQueryOptions());
}
