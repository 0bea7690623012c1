import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { reportKeys } from './keys';

const text = (max: number) => z.string().max(max, 'reports.form.tooLong');

export const narrativeSchema = z.object({
  doc_number: z
    .string()
    .trim()
    .max(60, 'reports.form.tooLong')
    .refine((v) => v === '' || /^[0-9]+\/[\p{L}\p{N}-]+$/u.test(v), 'reports.form.docNumberFormat'),
  doc_date: z.string().refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'reports.form.dateFormat'),
  signer_title: z.enum(['chairman', 'vice_chairman']),
  signer_name: z
    .string()
    .trim()
    .refine((v) => v === '' || (v.length >= 2 && v.length <= 100), 'reports.form.signerLength'),
  recipients: text(2000),
  overview: text(20000),
  area_results: z.record(z.string(), text(20000)),
  shortcomings: text(20000),
  proposals: text(20000),
});
export type NarrativeInput = z.infer<typeof narrativeSchema>;

/** Saves a draft's document fields and narrative (the database refuses it once submitted). */
export async function updateReport({ id, values }: { id: string; values: NarrativeInput }) {
  const { data, error } = await supabase
    .from('reports')
    .update({
      doc_number: values.doc_number || null,
      doc_date: values.doc_date || null,
      signer_title: values.signer_title,
      signer_name: values.signer_name || null,
      recipients: values.recipients || null,
      overview: values.overview,
      area_results: values.area_results,
      shortcomings: values.shortcomings,
      proposals: values.proposals,
    })
    .eq('id', id)
    .select('id')
    .maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useUpdateReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReport,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: reportKeys.detail(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: reportKeys.list() });
    },
  });
}
