import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { reportKeys } from './keys';

export const newReportSchema = z.object({
  year: z.coerce.number().int().min(2000, 'reports.form.yearRequired').max(2100, 'reports.form.yearRequired'),
  plan_id: z.string().uuid('reports.form.planRequired'),
  period: z.enum(['q1', 'h1', 'q3', 'annual'], { message: 'reports.form.periodRequired' }),
});
export type NewReportInput = z.infer<typeof newReportSchema>;

/** Starts a draft; the database computes the cut-offs and prefills the narrative. */
export async function createReport(input: NewReportInput): Promise<string> {
  const { data, error } = await supabase
    .from('reports')
    .insert({ plan_id: input.plan_id, period: input.period, year: input.year })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportKeys.list() }),
  });
}
