import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { formatDate } from '../../../lib/format';
import { todayInVietnam } from '../../../lib/datetime';
import type { TaskDetail } from '../../../data/tasks/get-task';
import { extensionSchema, useExtendDeadline, type ExtensionInput } from '../../../data/tasks/extend-deadline';
import { Field } from '../../../components/ui/Field';
import { FormDateField } from '../../../components/ui/form-fields';

/** Home Affairs extends an issued plan's task deadline, with the approving document; the original date stays on record. */
export function ExtensionForm({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const extend = useExtendDeadline(task.id);
  const current = task.due_date ?? '';
  const form = useForm<ExtensionInput>({
    resolver: zodResolver(extensionSchema(current)),
    defaultValues: { new_due_date: '', doc_number: '', doc_date: '', approved_on: todayInVietnam(), reason: '' },
  });
  const { errors } = form.formState;
  // Approved after the date the task is judged against, an extension moves the
  // due date but the task stays late (the database's rule, approved_on <= judged_due_date).
  const approvedOn = form.watch('approved_on');
  const judged = task.judged_due_date ?? task.due_date;
  const tooLate = Boolean(judged && /^\d{4}-\d{2}-\d{2}$/.test(approvedOn ?? '') && approvedOn > judged);

  const onSubmit = form.handleSubmit((input) =>
    extend.mutate(input, {
      onSuccess: () => {
        setSaved(true);
        setOpen(false);
        form.reset();
      },
    }),
  );

  const field = (name: keyof ExtensionInput, label: string, type = 'text', placeholder?: string) => (
    <Field id={`ext-${name}`} label={label} error={errors[name]?.message}>
      {name === 'reason' ? (
        <textarea rows={2} {...form.register(name)} />
      ) : type === 'date' ? (
        <FormDateField control={form.control} name={name} />
      ) : (
        <input type={type} placeholder={placeholder} {...form.register(name)} />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="extend-title">
      <h2 id="extend-title" className="card-title">
        {t('tasks.extend.title')}
      </h2>
      <dl className="facts">
        <dt>{t('tasks.extend.currentDue')}</dt>
        <dd data-testid="current-due">{formatDate(task.due_date)}</dd>
        <dt>{t('tasks.extend.originalDue')}</dt>
        <dd data-testid="original-due">{formatDate(task.original_due_date ?? task.due_date)}</dd>
      </dl>
      <p className="muted small" role="status">
        {saved ? t('tasks.extend.saved') : ''}
      </p>
      {open ? (
        <form onSubmit={onSubmit} noValidate className="evidence-form">
          <div className="grid-2">
            {field('new_due_date', t('tasks.extend.newDue'), 'date')}
            {field('doc_number', t('tasks.extend.docNumber'), 'text', '1234/UBND-NC')}
            {field('doc_date', t('tasks.extend.docDate'), 'date')}
            {field('approved_on', t('tasks.extend.approvedOn'), 'date')}
          </div>
          {field('reason', t('tasks.extend.reason'))}
          {tooLate ? (
            <p className="notice notice-warning" data-testid="extension-too-late">
              {t('tasks.extend.afterDeadline', { date: formatDate(judged) })}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={extend.isPending}>
              {t('tasks.extend.submit')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <DbErrorMessage error={extend.error} />
        </form>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('tasks.extend.open')}
          </button>
        </div>
      )}
    </section>
  );
}
