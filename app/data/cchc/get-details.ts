// Evidence, explanation requests and history of one assessment.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { cchcKeys } from './keys';

export type CchcEvidence = Tables<'cchc_evidence'> & {
  task_evidence: { doc_number: string | null; doc_date: string | null; issuer: string | null; summary: string | null; url: string | null; file_name: string | null; kind: string; task: { ordinal: string; title: string } | null } | null;
};
export type CchcExplanation = Tables<'cchc_explanations'>;
export type CchcEvent = Tables<'cchc_events'> & { actor: { full_name: string | null; email: string } | null };

export interface AssessmentDetails {
  evidence: CchcEvidence[];
  explanations: CchcExplanation[];
  events: CchcEvent[];
}

export async function getAssessmentDetails(assessmentId: string): Promise<AssessmentDetails> {
  const [evidence, explanations, events] = await Promise.all([
    fetchAll<CchcEvidence>((from, to) =>
      supabase
        .from('cchc_evidence')
        .select('*, task_evidence:evidence(doc_number, doc_date, issuer, summary, url, file_name, kind, task:tasks(ordinal, title))')
        .eq('assessment_id', assessmentId)
        .order('created_at')
        .order('id')
        .range(from, to),
    ),
    fetchAll<CchcExplanation>((from, to) =>
      supabase.from('cchc_explanations').select('*').eq('assessment_id', assessmentId).order('requested_at').order('id').range(from, to),
    ),
    fetchAll<CchcEvent>((from, to) =>
      supabase
        .from('cchc_events')
        .select('*, actor:profiles(full_name, email)')
        .eq('assessment_id', assessmentId)
        .order('id', { ascending: false })
        .range(from, to),
    ),
  ]);
  return { evidence, explanations, events };
}

export const assessmentDetailsQueryOptions = (assessmentId: string) =>
  queryOptions({ queryKey: cchcKeys.details(assessmentId), queryFn: () => getAssessmentDetails(assessmentId) });

export type TaskDocument = Pick<Tables<'evidence'>, 'id' | 'kind' | 'doc_number' | 'doc_date' | 'issuer' | 'summary' | 'url' | 'file_name'> & {
  task: { ordinal: string; title: string } | null;
};

/**
 * Documents already attached to the unit's tasks in the set's plan, to pick
 * as evidence instead of uploading them again (newest first, at most 200).
 */
export async function getTaskDocuments(unitId: string, planId: string | null): Promise<TaskDocument[]> {
  let query = supabase
    .from('evidence')
    .select('id, kind, doc_number, doc_date, issuer, summary, url, file_name, task:tasks!inner(ordinal, title, lead_unit_id, plan_id)')
    .eq('task.lead_unit_id', unitId);
  if (planId) query = query.eq('task.plan_id', planId);
  const { data, error } = await query.order('created_at', { ascending: false }).limit(200);
  if (error) throw error;
  return (data ?? []) as unknown as TaskDocument[];
}

export function useTaskDocuments(assessmentId: string, unitId: string | undefined, planId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...cchcKeys.taskEvidence(assessmentId), planId ?? null],
    queryFn: () => getTaskDocuments(unitId!, planId ?? null),
    enabled: enabled && !!unitId,
  });
}

export type ComputedTask = {
  task_id: string;
  ordinal: string;
  title: string;
  deadline: string | null;
  completed_on: string | null;
  timeliness: string;
  counts_as_due: boolean;
  total_count: number;
};

/** The tasks behind a plan-driven score (first 200). */
export function useComputedTasks(assessmentId: string, itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: cchcKeys.computedTasks(assessmentId, itemId),
    enabled,
    queryFn: async (): Promise<ComputedTask[]> => {
      const { data, error } = await supabase.rpc('cchc_computed_tasks', { p_assessment_id: assessmentId, p_item_id: itemId, p_limit: 200 });
      if (error) throw error;
      return (data ?? []) as ComputedTask[];
    },
  });
}
