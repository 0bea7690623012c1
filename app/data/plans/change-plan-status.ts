// Issuing (draft -> in force, with the issue date) and closing a plan.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export const issueSchema = z.object({
  issued_on: z
    .string()
    .min(1, 'planAdmin.errors.issueDateRequired')
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31', 'planAdmin.errors.dateInvalid'),
});
export type IssueInput = z.infer<typeof issueSchema>;

async function setStatus(planId: string, patch: { status: 'in_force' | 'closed'; issued_on?: string }): Promise<void> {
  const { data, error } = await supabase.from('plans').update(patch).eq('id', planId).select('id');
  if (error) throw error;
  if (!data.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export const issuePlan = ({ planId, issued_on }: { planId: string; issued_on: string }) => setStatus(planId, { status: 'in_force', issued_on });
export const closePlan = (planId: string) => setStatus(planId, { status: 'closed' });

export function useIssuePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issuePlan, onSuccess: () => void invalidate.plans(queryClient) });
}

export function useClosePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closePlan, onSuccess: () => void invalidate.plans(queryClient) });
}
