import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { taskKeys } from './keys';

export const commentSchema = z.object({
  body: z.string().trim().min(1, 'tasks.comments.required').max(4000, 'tasks.comments.tooLong'),
});
export type CommentInput = z.infer<typeof commentSchema>;

export async function addComment(taskId: string, input: CommentInput) {
  const { error } = await supabase.from('comments').insert({ task_id: taskId, body: input.body });
  if (error) throw error;
}

export function useAddComment(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentInput) => addComment(taskId, input),
    // The task page reads its comments from taskKeys.view, under the task's detail key.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) }),
  });
}
