import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export const planSchema = z.object({
  doc_number: z
    .string()
    .trim()
    .min(1, 'planAdmin.errors.docNumberRequired')
    .max(60, 'planAdmin.errors.docNumberFormat')
    .regex(/^[0-9]+\/[\p{L}\p{N}-]+$/u, 'planAdmin.errors.docNumberFormat'),
  title: z.string().trim().min(5, 'planAdmin.errors.titleLength').max(500, 'planAdmin.errors.titleLength'),
  year: z.coerce
    .number({ error: 'planAdmin.errors.yearRange' })
    .int('planAdmin.errors.yearRange')
    .min(2000, 'planAdmin.errors.yearRange')
    .max(2100, 'planAdmin.errors.yearRange'),
  issuer: z.string().trim().min(2, 'planAdmin.errors.issuerLength').max(200, 'planAdmin.errors.issuerLength'),
  issued_on: z
    .string()
    .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31'), 'planAdmin.errors.dateInvalid'),
});
export type PlanInput = z.input<typeof planSchema>;
export type PlanValues = z.output<typeof planSchema>;

const toRow = (values: PlanValues) => ({
  doc_number: values.doc_number,
  title: values.title,
  year: values.year,
  issuer: values.issuer,
  issued_on: values.issued_on || null,
});

export async function createPlan(values: PlanValues): Promise<string> {
  const { data, error } = await supabase.from('plans').insert(toRow(values)).select('id').single();
  if (error) throw error;
  return data.id;
}

/** Saves the plan's details; an issued plan sends only its title (the rest is fixed once issued). */
export async function updatePlan({ planId, values, issued }: { planId: string; values: PlanValues; issued: boolean }): Promise<void> {
  const patch = issued ? { title: values.title } : toRow(values);
  const { data, error } = await supabase.from('plans').update(patch).eq('id', planId).select('id');
  if (error) throw error;
  if (!data.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPlan, onSuccess: () => void invalidate.plans(queryClient) });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePlan, onSuccess: () => void invalidate.plans(queryClient) });
}
