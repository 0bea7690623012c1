// Confirming a reported task (done) or returning it with a reason: the same
// versioned update as on the task page (updateTask), so a task changed
// meanwhile is refused (RT409) rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { QueueTask } from './get-confirmation-queue';
import { updateTask } from './update-task';
import { invalidate } from '../invalidate';

export const returnSchema = z.object({
  reason: z.string().trim().min(5, 'confirmations.errors.reasonRequired').max(2000, 'confirmations.errors.reasonTooLong'),
});
export type ReturnInput = z.infer<typeof returnSchema>;

export type Decision = { task: Pick<QueueTask, 'id' | 'version' | 'ordinal'> } & ({ kind: 'confirm' } | { kind: 'return'; reason: string });

export async function decide(decision: Decision): Promise<void> {
  await updateTask({
    task: decision.task,
    patch: decision.kind === 'confirm' ? { status: 'done' } : { status: 'returned', status_reason: decision.reason },
  });
}

export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    // The queue, the task, its plan and every figure built on it change.
    onSettled: () => invalidate.tasks(queryClient),
  });
}
