import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';
import { reorgDetailsSchema } from './merge-units';

/** An account's choice in a split: a successor's id, or closing it. */
export const CLOSE_ACCOUNT = 'close';

export const splitSchema = reorgDetailsSchema.extend({
  unit: z.string().min(1),
  successors: z.array(z.string()).min(2, 'admin.reorg.form.twoSuccessors'),
  /** '' = none: every task and account then needs its own choice. */
  default_successor: z.string(),
  /** task id -> successor id ('' = the default successor). */
  task_successors: z.record(z.string(), z.string()),
  /** account id -> successor id, CLOSE_ACCOUNT, or '' (the default successor). */
  account_successors: z.record(z.string(), z.string()),
});
export type SplitInput = z.infer<typeof splitSchema>;

/**
 * The arguments of split_unit.  Choices left to the default are left out for
 * tasks (the database applies the default) and filled in for accounts (the
 * database wants each account named); with no default, an account left
 * undecided is left out and the database refuses the split, saying which.
 */
export function splitArgs(input: SplitInput) {
  const tasks = Object.fromEntries(Object.entries(input.task_successors).filter(([, unit]) => unit !== ''));
  const accounts: Record<string, string | null> = {};
  for (const [account, choice] of Object.entries(input.account_successors)) {
    if (choice === CLOSE_ACCOUNT) accounts[account] = null;
    else if (choice !== '') accounts[account] = choice;
    else if (input.default_successor !== '') accounts[account] = input.default_successor;
  }
  return {
    p_unit: input.unit,
    p_successors: input.successors,
    p_effective_on: input.effective_on,
    p_task_successors: tasks,
    p_account_successors: accounts,
    p_default_successor: input.default_successor || undefined,
    p_decision: input.decision.trim() || undefined,
    p_note: input.note.trim() || undefined,
  };
}

/** Splits a unit into successors from a date; every open task and account goes somewhere, or nothing happens. */
export async function splitUnit(input: SplitInput): Promise<string> {
  const { data, error } = await supabase.rpc('split_unit', splitArgs(input));
  if (error) throw error;
  return data;
}

export function useSplitUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: splitUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
