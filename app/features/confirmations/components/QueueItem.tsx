import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { ConfirmDialog } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { formatDate, formatNumber } from '../../../lib/format';
import { daysBetween, formatDateTime, todayInVietnam } from '../../../lib/datetime';
import { useLang } from '../../../i18n';
import type { QueueEvidence, QueueTask } from '../../../data/tasks/get-confirmation-queue';
import { returnSchema, useDecide, type ReturnInput } from '../../../data/tasks/decide';
import { useDownloadEvidence } from '../../../data/tasks/evidence';
import { TaskLink } from '../../../components/links';
import { dateInVietnam, parseTimestamp } from '../../../lib/datetime';

/** Vietnam calendar day of a timestamp. */
const dayOf = (ts: string | null) => (ts ? dateInVietnam(parseTimestamp(ts)) : null);

function EvidenceLine({ item }: { item: QueueEvidence }) {
  const { t } = useTranslation();
  const lang = useLang();
  const download = useDownloadEvidence();
  return (
    <li className="cq-evidence">
      <span className={`evidence-kind evidence-kind-${item.kind}`}>{t(`confirmations.kinds.${item.kind}`)}</span>
      <div className="evidence-body">
        {item.kind === 'document' ? (
          <>
            <strong>{item.doc_number}</strong> {t('confirmations.dated', { date: formatDate(item.doc_date) })} — {item.issuer}
            <div>{item.summary}</div>
          </>
        ) : item.kind === 'link' ? (
          <>
            <a href={item.url ?? '#'} target="_blank" rel="noopener noreferrer">
              {item.url}
            </a>
            {item.summary ? <div>{item.summary}</div> : null}
          </>
        ) : (
          <>
            <button type="button" className="linklike" onClick={() => download.mutate(item.id)} disabled={download.isPending}>
              {item.file_name}
            </button>{' '}
            <span className="muted small">({formatNumber(Math.ceil((item.file_size ?? 0) / 1024), lang)} KB)</span>
            {item.summary ? <div>{item.summary}</div> : null}
            <DbErrorMessage error={download.error} />
          </>
        )}
      </div>
    </li>
  );
}

/** One reported task: what was reported, its evidence, and the two decisions. */
export function QueueItem({ task, onDecided }: { task: QueueTask; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [returning, setReturning] = useState(false);
  const [asking, setAsking] = useState(false);
  const reasonId = useId();
  const titleId = useId();
  const form = useForm<ReturnInput>({ resolver: zodResolver(returnSchema), defaultValues: { reason: '' } });
  const reasonError = form.formState.errors.reason?.message;

  const submitted = dayOf(task.submitted_at);
  const deadline = task.judged_due_date ?? task.due_date;
  const lateBy = submitted && deadline ? daysBetween(deadline, submitted) : 0;
  const waiting = submitted ? daysBetween(submitted, todayInVietnam()) : 0;
  const label = `${task.plan.doc_number} · ${task.ordinal}`;

  const confirm = () =>
    decide.mutate(
      { task, kind: 'confirm' },
      { onSuccess: () => onDecided(t('confirmations.confirmed', { task: label })), onSettled: () => setAsking(false) },
    );
  const sendBack = form.handleSubmit(({ reason }) =>
    decide.mutate({ task, kind: 'return', reason }, { onSuccess: () => onDecided(t('confirmations.returned', { task: label })) }),
  );

  return (
    <li className="card cq-item" aria-labelledby={titleId}>
      <div className="cq-head">
        <span className="plan-doc">
          {task.plan.doc_number} · {t('confirmations.task', { ordinal: task.ordinal })}
        </span>
        <span className="muted small">
          {t('confirmations.reportedAt', { when: formatDateTime(task.submitted_at) })}
          {waiting > 0 ? ` · ${t('confirmations.waiting', { count: waiting })}` : ''}
        </span>
      </div>
      <h2 id={titleId} className="cq-title">
        <TaskLink taskId={task.id} className="task-title">
          {task.title}
        </TaskLink>
      </h2>
      <dl className="facts cq-facts">
        <dt>{t('confirmations.lead')}</dt>
        <dd>{task.lead_unit.name}</dd>
        {task.expected_output ? (
          <>
            <dt>{t('confirmations.output')}</dt>
            <dd>{task.expected_output}</dd>
          </>
        ) : null}
        <dt>{t('confirmations.due')}</dt>
        <dd>
          {formatDate(task.due_date) || '—'}
          {lateBy > 0 ? <span className="cq-late"> · {t('confirmations.reportedLate', { count: lateBy })}</span> : null}
        </dd>
        {task.progress_note ? (
          <>
            <dt>{t('confirmations.note')}</dt>
            <dd className="note">{task.progress_note}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="cq-subtitle">{t('confirmations.evidence', { count: task.evidence.length })}</h3>
      {task.evidence.length === 0 ? (
        <p className="muted small">{t('confirmations.noEvidence')}</p>
      ) : (
        <ul className="evidence-list">
          {task.evidence.map((item) => (
            <EvidenceLine key={item.id} item={item} />
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={decide.isPending} onClick={() => setAsking(true)} aria-describedby={titleId}>
          {t('confirmations.confirm')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={decide.isPending}
          aria-expanded={returning}
          aria-describedby={titleId}
          onClick={() => setReturning(!returning)}
        >
          {t('confirmations.return')}
        </button>
      </div>
      {returning ? (
        <form className="reason-form" onSubmit={sendBack} noValidate>
          <Field id={reasonId} label={t('confirmations.returnReason')} error={reasonError}>
            <textarea rows={3} {...form.register('reason')} />
          </Field>
          <div className="button-row">
            <button type="submit" className="button button-primary button-danger" disabled={decide.isPending}>
              {t('confirmations.sendBack')}
            </button>
            <button type="button" className="button" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <DbErrorMessage error={decide.error} onReload={() => decide.reset()} />
      <ConfirmDialog
        open={asking}
        title={t('confirmations.ask.title')}
        confirmLabel={t('confirmations.confirm')}
        busy={decide.isPending}
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      >
        <p>{t('confirmations.ask.body', { task: `${label} — ${task.title}` })}</p>
      </ConfirmDialog>
    </li>
  );
}
