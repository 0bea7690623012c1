// Confirming a reported task (done) or returning it with a reason: the same
// update as on the task page, based on the version the person saw, so a task
// changed meanwhile is refused (RT409) rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { QueueTask } from './get-confirmation-queue';

export const returnSchema = z.object({
  reason: z.string().trim().min(5, 'confirmations.errors.reasonRequired').max(2000, 'confirmations.errors.reasonTooLong'),
});
export type ReturnInput = z.infer<typeof returnSchema>;

export type Decision = { task: Pick<QueueTask, 'id' | 'version' | 'ordinal'> } & ({ kind: 'confirm' } | { kind: 'return'; reason: string });

export async function decide(decision: Decision): Promise<void> {
  const patch =
    decision.kind === 'confirm'
      ? { status: 'done' as const, version: decision.task.version + 1 }
      : { status: 'returned' as const, status_reason: decision.reason, version: decision.task.version + 1 };
  const { data, error } = await supabase.from('tasks').update(patch).eq('id', decision.task.id).select('id, version').maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    // The queue, the task, its plan and every figure built on it change.
    onSettled: () => void queryClient.invalidateQueries(),
  });
}
