import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { formatDateTime } from '../../../lib/datetime';
import { commentSchema, useAddComment, type CommentInput } from '../../../data/tasks/add-comment';
import type { Comment } from '../../../data/tasks/get-task-activity';

/** The task's comments, oldest first (from the task page's one request), and the form to add one. */
export function CommentsPanel({ taskId, comments, canComment }: { taskId: string; comments: Comment[]; canComment: boolean }) {
  const { t } = useTranslation();
  const add = useAddComment(taskId);
  const form = useForm<CommentInput>({ resolver: zodResolver(commentSchema), defaultValues: { body: '' } });
  const onSubmit = form.handleSubmit((values) => add.mutate(values, { onSuccess: () => form.reset() }));

  return (
    <section className="card" aria-labelledby="comments-title">
      <h2 id="comments-title" className="card-title">{t('tasks.comments.title')}</h2>
      {comments.length === 0 ? (
        <p className="muted">{t('tasks.comments.none')}</p>
      ) : (
        <ul className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id}>
              <div className="small">
                <strong>{comment.author?.full_name ?? comment.author?.email}</strong>
                {comment.author?.role ? <span className="muted"> · {t(`roles.${comment.author.role}`)}</span> : null}
                <span className="muted"> · {formatDateTime(comment.created_at)}</span>
              </div>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <form onSubmit={onSubmit} noValidate>
          <Field id="comment-body" label={t('tasks.comments.add')} error={form.formState.errors.body?.message}>
            <textarea rows={2} {...form.register('body')} />
          </Field>
          <button type="submit" className="button" disabled={add.isPending}>{t('tasks.comments.send')}</button>
          <DbErrorMessage error={add.error} />
        </form>
      ) : null}
    </section>
  );
}
