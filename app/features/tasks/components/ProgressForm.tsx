import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { progressSchema, useUpdateTask, type ProgressInput } from '../../../data/tasks/update-task';
import type { TaskDetail } from '../../../data/tasks/get-task';

export function ProgressForm({ task, onReload }: { task: TaskDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTask(task.id);
  const form = useForm<ProgressInput>({
    resolver: zodResolver(progressSchema) as never,
    defaultValues: { progress: task.progress, progress_note: task.progress_note ?? '' },
  });
  const { errors, isDirty } = form.formState;

  // Follow the saved values when the task reloads, unless the user is typing.
  useEffect(() => {
    if (!isDirty) form.reset({ progress: task.progress, progress_note: task.progress_note ?? '' });
  }, [task.progress, task.progress_note, task.version, isDirty, form]);

  const onSubmit = form.handleSubmit((values) =>
    update.mutate(
      { task, patch: { progress: values.progress, progress_note: values.progress_note || null } },
      { onSuccess: () => form.reset(values) },
    ),
  );

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="progress-title">
      <h2 id="progress-title" className="card-title">{t('tasks.form.progressTitle')}</h2>
      <Field id="progress" className="field-inline" label={`${t('tasks.progress')} (%)`} error={errors.progress?.message}>
        <input type="number" min={0} max={100} step={5} inputMode="numeric" {...form.register('progress')} />
      </Field>
      <Field id="progress_note" label={t('tasks.progressNote')} error={errors.progress_note?.message}>
        <textarea rows={3} {...form.register('progress_note')} />
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={update.isPending || !isDirty}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
      <DbErrorMessage error={update.error} onReload={() => { form.reset({ progress: task.progress, progress_note: task.progress_note ?? '' }); onReload(); }} />
    </form>
  );
}
