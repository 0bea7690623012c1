import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { ConfirmDialog } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { reasonSchema, useUpdateTask, type ReasonInput } from '../../../data/tasks/update-task';
import type { TaskDetail } from '../../../data/tasks/get-task';
import { NEEDS_REASON, type TaskStatus } from '../../../lib/permissions';

/** Moves a person must confirm first: reporting a task done, and confirming it done. */
const NEEDS_CONFIRM = new Set<TaskStatus>(['submitted', 'done']);

interface Props {
  task: TaskDetail;
  next: TaskStatus[];
  evidenceCount: number;
  onReload: () => void;
}

/** One button per move the person may make; moves that need a reason open a short form. */
export function StatusActions({ task, next, evidenceCount, onReload }: Props) {
  const { t } = useTranslation();
  const update = useUpdateTask(task.id);
  const [asking, setAsking] = useState<TaskStatus | null>(null);
  const [confirming, setConfirming] = useState<TaskStatus | null>(null);
  const form = useForm<ReasonInput>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });

  if (next.length === 0) return null;

  const move = (status: TaskStatus, reason?: string) =>
    update.mutate(
      { task, patch: reason ? { status, status_reason: reason } : { status } },
      {
        onSuccess: () => {
          setAsking(null);
          form.reset();
        },
        onSettled: () => setConfirming(null),
      },
    );

  const submitReason = form.handleSubmit(({ reason }) => asking && move(asking, reason));

  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">{t('tasks.actions.title')}</h2>
      <div className="button-row">
        {next.map((status) => {
          const needsEvidence = status === 'submitted' && evidenceCount === 0;
          return (
            <button
              key={status}
              type="button"
              className={`button ${status === 'done' || status === 'submitted' ? 'button-primary' : ''} ${status === 'cancelled' || status === 'returned' ? 'button-danger' : ''}`}
              disabled={update.isPending || needsEvidence}
              aria-describedby={needsEvidence ? 'needs-evidence' : undefined}
              onClick={() => (NEEDS_REASON.has(status) ? setAsking(status) : NEEDS_CONFIRM.has(status) ? setConfirming(status) : move(status))}
            >
              {t(`tasks.actions.to.${task.status === 'submitted' && status === 'in_progress' ? 'withdraw' : status}`)}
            </button>
          );
        })}
      </div>
      {next.includes('submitted') && evidenceCount === 0 ? (
        <p id="needs-evidence" className="muted small">{t('tasks.actions.needsEvidence')}</p>
      ) : null}
      {asking ? (
        <form className="reason-form" onSubmit={submitReason} noValidate>
          <Field id="reason" label={t(asking === 'returned' ? 'tasks.actions.returnReason' : 'tasks.actions.cancelReason')} error={form.formState.errors.reason?.message}>
            <textarea rows={3} {...form.register('reason')} />
          </Field>
          <div className="button-row">
            <button type="submit" className="button button-danger" disabled={update.isPending}>
              {t(`tasks.actions.to.${asking}`)}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <DbErrorMessage error={update.error} onReload={onReload} />
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t(`tasks.actions.ask.${confirming}.title`) : ''}
        confirmLabel={confirming ? t(`tasks.actions.to.${confirming}`) : ''}
        busy={update.isPending}
        onConfirm={() => confirming && move(confirming)}
        onClose={() => setConfirming(null)}
      >
        {confirming ? <p>{t(`tasks.actions.ask.${confirming}.body`, { task: task.title })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
