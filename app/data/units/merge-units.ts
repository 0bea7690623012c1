import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

// Messages are i18n keys; the database checks everything again (dates up to
// today, active units, the successor not among the merged) and refuses with a
// rule key of its own.
export const reorgDetailsSchema = z.object({
  effective_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'admin.reorg.form.dateRequired'),
  decision: z.string().trim().max(200, 'admin.reorg.form.decisionLength'),
  note: z.string().trim().max(2000, 'admin.reorg.form.noteLength'),
});

export const mergeSchema = reorgDetailsSchema.extend({
  units: z.array(z.string()).min(1, 'admin.reorg.form.unitsRequired'),
  successor: z.string().min(1, 'admin.reorg.form.successorRequired'),
  /** Accounts to close; every other account of the merged units moves to the successor. */
  close_accounts: z.array(z.string()),
});
export type MergeInput = z.infer<typeof mergeSchema>;

/** Merges units into a successor from a date: their open tasks and accounts move, all or nothing. */
export async function mergeUnits(input: MergeInput): Promise<string> {
  const { data, error } = await supabase.rpc('merge_units', {
    p_units: input.units,
    p_successor: input.successor,
    p_effective_on: input.effective_on,
    p_decision: input.decision.trim() || undefined,
    p_note: input.note.trim() || undefined,
    p_close_accounts: input.close_accounts,
  });
  if (error) throw error;
  return data;
}

export function useMergeUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeUnits,
    // Units, and everything that shows a unit: tasks, plans, figures, accounts, reports.
    onSettled: () => invalidate.units(queryClient),
  });
}
