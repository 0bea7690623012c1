import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { PlanRow } from './get-plan-rows';
import { invalidate } from '../invalidate';

const E = 'planAdmin.errors.';

export const bulkDueSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('date'),
    due_date: z
      .string()
      .min(1, `${E}dueRequired`)
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31', `${E}dateInvalid`),
    shift_days: z.string(),
  }),
  z.object({
    mode: z.literal('shift'),
    due_date: z.string(),
    shift_days: z
      .string()
      .trim()
      .regex(/^-?\d{1,4}$/, `${E}shiftDays`)
      .refine((v) => Number(v) !== 0 && Math.abs(Number(v)) <= 3660, `${E}shiftDays`),
  }),
]);
export type BulkDueInput = z.infer<typeof bulkDueSchema>;

/** One transaction: every selected task of the draft plan gets its new due date, or none does. */
export async function bulkSetDue({ planId, tasks, input }: { planId: string; tasks: PlanRow[]; input: BulkDueInput }): Promise<number> {
  const { data, error } = await supabase.rpc('bulk_set_due_dates', {
    p_plan_id: planId,
    p_tasks: tasks.map((t) => ({ id: t.id, version: t.version })),
    ...(input.mode === 'date' ? { p_due_date: input.due_date } : { p_shift_days: Number(input.shift_days) }),
  });
  if (error) throw error;
  return data;
}

export function useBulkSetDue() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkSetDue, onSettled: () => void invalidate.tasks(queryClient) });
}
