// A deadline extension (gia hạn): a new due date with the approving document.
// The database keeps the original due date and moves the task's deadline.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { todayInVietnam } from '../../lib/datetime';
import { invalidate } from '../invalidate';

const E = 'tasks.extend.errors.';
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31';

export function extensionSchema(currentDue: string) {
  return z
    .object({
      new_due_date: z
        .string()
        .min(1, `${E}newDueRequired`)
        .refine(isDate, `${E}dateInvalid`)
        .refine((v) => v > currentDue, `${E}notLater`),
      doc_number: z
        .string()
        .trim()
        .min(1, `${E}docNumberRequired`)
        .max(60, `${E}docNumberFormat`)
        .regex(/^[0-9]+\/[\p{L}\p{N}/-]+$/u, `${E}docNumberFormat`),
      doc_date: z
        .string()
        .min(1, `${E}docDateRequired`)
        .refine(isDate, `${E}dateInvalid`)
        .refine((v) => v <= todayInVietnam(), `${E}docDateFuture`),
      approved_on: z
        .string()
        .min(1, `${E}approvedRequired`)
        .refine(isDate, `${E}dateInvalid`)
        .refine((v) => v <= todayInVietnam(), `${E}approvedFuture`),
      reason: z.string().trim().max(2000, `${E}reasonTooLong`),
    })
    .refine((v) => !v.doc_date || !v.approved_on || v.approved_on >= v.doc_date, { path: ['approved_on'], message: `${E}approvedBeforeDoc` });
}
export type ExtensionInput = z.infer<ReturnType<typeof extensionSchema>>;

export async function extendDeadline({ taskId, input }: { taskId: string; input: ExtensionInput }): Promise<void> {
  const { error } = await supabase.from('deadline_extensions').insert({
    task_id: taskId,
    new_due_date: input.new_due_date,
    doc_number: input.doc_number,
    doc_date: input.doc_date,
    approved_on: input.approved_on,
    reason: input.reason || null,
  });
  if (error) throw error;
}

export function useExtendDeadline(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExtensionInput) => extendDeadline({ taskId, input }),
    onSettled: () => invalidate.tasks(queryClient),
  });
}
