// Evidence of a score: an issued document, a link, or a document already
// attached to one of the unit's tasks (referenced, not uploaded again).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { TablesInsert } from '../../lib/database.types';
import { invalidate } from '../invalidate';

const E = 'cchc.evidence.errors.';

export const cchcDocumentSchema = z.object({
  doc_number: z.string().trim().min(1, `${E}docNumberRequired`).max(60, `${E}docNumberFormat`).regex(/^[0-9]+\/[\p{L}\p{N}/-]+$/u, `${E}docNumberFormat`),
  doc_date: z.string().min(1, `${E}docDateRequired`).refine((v) => v >= '2000-01-01' && v <= '2100-12-31', `${E}docDateRange`),
  issuer: z.string().trim().min(2, `${E}issuerRequired`).max(200, `${E}issuerTooLong`),
  summary: z.string().trim().max(2000, `${E}summaryTooLong`),
});
export const cchcLinkSchema = z.object({
  url: z.string().trim().regex(/^https?:\/\/\S+$/i, `${E}urlFormat`).max(2000, `${E}urlFormat`),
  summary: z.string().trim().max(2000, `${E}summaryTooLong`),
});

export type AddCchcEvidence = Omit<TablesInsert<'cchc_evidence'>, 'created_at' | 'created_by' | 'id'>;

export async function addCchcEvidence(row: AddCchcEvidence) {
  // (the database sets assessment_id from the score row in any case)
  const { data, error } = await supabase
    .from('cchc_evidence')
    .insert(row)
    .select('id')
    .single();
  if (error) throw error;
  return data;
}

export async function removeCchcEvidence(id: string) {
  const { data, error } = await supabase.from('cchc_evidence').delete().eq('id', id).select('id');
  if (error) throw error;
  if (!data?.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useAddCchcEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addCchcEvidence, onSettled: () => invalidate.cchc(queryClient) });
}

export function useRemoveCchcEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeCchcEvidence, onSettled: () => invalidate.cchc(queryClient) });
}
