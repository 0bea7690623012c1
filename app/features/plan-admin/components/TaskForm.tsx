import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { QueryState } from '../../../components/ui/QueryState';
import { combine } from '../../../data/combine';
import { foldVi } from '../../../lib/fold-vi';
import { compareOrdinals } from '../../../lib/format';
import { useLang } from '../../../i18n';
import type { Enums } from '../../../lib/database.types';
import { areasQueryOptions } from '../../../data/reference/get-areas';
import { unitsQueryOptions, type Unit as UnitOption } from '../../../data/units/get-units';
import type { EditableTask } from '../../../data/tasks/get-task-for-edit';
import { CADENCES, taskSchema, useCreateTask, useUpdateTaskDetails, type TaskInput, type TaskValues } from '../../../data/tasks/save-task';
import { dbErrorField, TASK_FIELD_ERRORS } from '../lib/db-field-errors';
import { Field, FieldGroup, describedBy } from '../../../components/ui/Field';
import { FormDateField } from '../../../components/ui/form-fields';

interface Props {
  planId: string;
  planStatus: Enums<'plan_status'>;
  /** The task being edited; absent for a new one. */
  task?: EditableTask;
  /** Ordinals already used in the plan (a new task's number is suggested from them). */
  ordinals: readonly string[];
  onSaved: (taskId: string) => void;
  onCancel: () => void;
  /** Reloads the task after a conflict (someone else saved it meanwhile). */
  onReload?: () => void;
}

/** The next free number in an area: 2.1, 2.2 … -> 2.3. */
export function nextOrdinal(area: number, ordinals: readonly string[]): string {
  const inArea = ordinals.filter((o) => o.split('.')[0] === String(area) && o.includes('.'));
  const last = [...inArea].sort(compareOrdinals).pop();
  const n = last ? Number(last.split('.')[1]) + 1 : 1;
  return `${area}.${Number.isFinite(n) ? n : 1}`;
}

const unitLabel = (u: UnitOption) => u.name;

export function TaskForm({ planId, planStatus, task, ordinals, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // The areas and units the form offers.
  const reference = useQueries({
    queries: [areasQueryOptions(), unitsQueryOptions()] as const,
    combine: combine(([areas, units]) => ({ areas, units })),
  });
  const create = useCreateTask();
  const update = useUpdateTaskDetails();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  // An issued plan's due dates change only by an extension (on the task page).
  const dueLocked = task !== undefined && planStatus !== 'draft';

  const form = useForm<TaskInput, unknown, TaskValues>({
    resolver: zodResolver(taskSchema),
    defaultValues: task
      ? {
          area_id: task.area_id,
          ordinal: task.ordinal,
          title: task.title,
          expected_output: task.expected_output ?? '',
          lead_unit_id: task.lead_unit_id,
          coordinator_ids: task.coordinators.map((c) => c.unit_id),
          start_date: task.start_date ?? '',
          due_date: task.due_date ?? '',
          cadence: task.cadence,
        }
      : {
          area_id: 1,
          ordinal: nextOrdinal(1, ordinals),
          title: '',
          expected_output: '',
          lead_unit_id: '',
          coordinator_ids: [],
          start_date: '',
          due_date: '',
          cadence: 'once',
        },
  });
  const { errors, dirtyFields } = form.formState;
  const lead = useWatch({ control: form.control, name: 'lead_unit_id' });
  const watched = useWatch({ control: form.control, name: 'coordinator_ids' });
  const chosen = useMemo(() => watched ?? [], [watched]);

  const active = useMemo(() => (reference.data?.units ?? []).filter((u) => u.is_active || u.id === task?.lead_unit_id), [reference.data?.units, task?.lead_unit_id]);
  const shown = useMemo(() => {
    const words = foldVi(filter).split(/\s+/).filter(Boolean);
    return active.filter((u) => {
      const text = foldVi(`${u.code} ${u.name} ${u.short_name ?? ''}`);
      return words.every((w) => text.includes(w)) || chosen.includes(u.id);
    });
  }, [active, filter, chosen]);

  const dbError = create.error ?? update.error;
  const atField = dbErrorField(dbError, TASK_FIELD_ERRORS);
  const err = (name: keyof TaskInput) => errors[name]?.message ?? (atField?.field === name ? atField.message : undefined);
  const saving = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit((values) => {
    if (task) update.mutate({ taskId: task.id, version: task.version, values }, { onSuccess: () => onSaved(task.id) });
    else create.mutate({ planId, values }, { onSuccess: (id) => onSaved(id) });
  });

  const areaField = form.register('area_id', {
    onChange: (event: { target: { value: string } }) => {
      if (!task && !dirtyFields.ordinal) form.setValue('ordinal', nextOrdinal(Number(event.target.value), ordinals));
    },
  });

  return (
    <QueryState query={reference}>
      {({ areas }) => (
        <form className="card pa-form" onSubmit={onSubmit} noValidate>
          <div className="pa-grid pa-grid-area">
            <Field id="task-area" label={t('planAdmin.task.area')} error={err('area_id')}>
              <select id="task-area" {...describedBy('task-area', err('area_id'))} {...areaField}>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id}. {lang === 'vi' ? a.name_vi : a.name_en}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="task-ordinal" label={t('planAdmin.task.ordinal')} error={err('ordinal')} hint={t('planAdmin.task.ordinalHint')}>
              <input id="task-ordinal" autoComplete="off" inputMode="decimal" {...describedBy('task-ordinal', err('ordinal'), 'hint')} {...form.register('ordinal')} />
            </Field>
          </div>
          <Field id="task-title" label={t('planAdmin.task.title')} error={err('title')}>
            <textarea id="task-title" rows={3} {...describedBy('task-title', err('title'))} {...form.register('title')} />
          </Field>
          <Field id="task-output" label={t('planAdmin.task.output')} error={err('expected_output')} hint={t('planAdmin.task.outputHint')}>
            <input id="task-output" {...describedBy('task-output', err('expected_output'), 'hint')} {...form.register('expected_output')} />
          </Field>
          <Field id="task-lead" label={t('planAdmin.task.lead')} error={err('lead_unit_id')}>
            <select id="task-lead" {...describedBy('task-lead', err('lead_unit_id'))} {...form.register('lead_unit_id')}>
              <option value="">{t('planAdmin.task.choose')}</option>
              {active.map((u) => (
                <option key={u.id} value={u.id}>
                  {unitLabel(u)}
                </option>
              ))}
            </select>
          </Field>
          <FieldGroup id="task-coord" className="pa-coordinators" legend={t('planAdmin.task.coordinators')} error={err('coordinator_ids')}>
            <div className="field">
              <label htmlFor={filterId} className="visually-hidden">
                {t('planAdmin.task.filterUnits')}
              </label>
              <input id={filterId} type="search" placeholder={t('planAdmin.task.filterUnits')} value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
            <ul className="pa-checklist">
              {shown.map((u) => (
                <li key={u.id}>
                  <label className={u.id === lead ? 'is-disabled' : undefined}>
                    <input type="checkbox" value={u.id} disabled={u.id === lead} {...form.register('coordinator_ids')} />
                    <span>{unitLabel(u)}</span>
                    {u.id === lead ? <span className="muted small"> · {t('planAdmin.task.isLead')}</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          </FieldGroup>
          <div className="pa-grid pa-grid-3">
            <Field id="task-start" label={t('planAdmin.task.start')} error={err('start_date')}>
              <FormDateField control={form.control} name="start_date" />
            </Field>
            <Field
              id="task-due"
              label={t('planAdmin.task.due')}
              error={err('due_date')}
              hint={dueLocked ? t('planAdmin.task.dueLocked') : undefined}
            >
              <FormDateField control={form.control} name="due_date" readOnly={dueLocked} />
            </Field>
            <Field id="task-cadence" label={t('planAdmin.task.cadence')} error={err('cadence')}>
              <select id="task-cadence" {...form.register('cadence')}>
                {CADENCES.map((c) => (
                  <option key={c} value={c}>
                    {t(`planAdmin.cadences.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? t('common.saving') : task ? t('common.save') : t('planAdmin.task.create')}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
          <DbErrorMessage error={atField ? null : dbError} onReload={onReload} />
        </form>
      )}
    </QueryState>
  );
}
