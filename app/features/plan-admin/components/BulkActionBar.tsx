import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import type { Enums } from '../../../lib/database.types';
import { useBulkAssignLead } from '../../../data/tasks/bulk-assign-lead';
import { bulkDueSchema, useBulkSetDue, type BulkDueInput } from '../../../data/tasks/bulk-set-due';
import { usePlanRows } from '../../../data/tasks/get-plan-rows';
import { useUnits } from '../../../data/units/get-units';
import { Field, describedBy } from '../../../components/ui/Field';
import type { Selection } from './TaskSelection';
import '../plan-admin.css';
import { FormDateField } from '../../../components/ui/form-fields';

const leadSchema = z.object({ lead_unit_id: z.string().min(1, 'planAdmin.errors.leadRequired') });
type LeadInput = z.infer<typeof leadSchema>;

/** Changes every selected task at once: one database transaction per action, all or nothing. */
export function BulkActionBar({ planId, planStatus, selection }: { planId: string; planStatus: Enums<'plan_status'>; selection: Selection }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = usePlanRows(planId);
  const units = useUnits();
  const assign = useBulkAssignLead();
  const setDue = useBulkSetDue();
  const [done, setDone] = useState<string | null>(null);
  // On a phone the forms fold away so the pinned bar leaves room for the table.
  const [expanded, setExpanded] = useState(() => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches);
  const formsId = useId();

  const leadForm = useForm<LeadInput>({ resolver: zodResolver(leadSchema), defaultValues: { lead_unit_id: '' } });
  const dueForm = useForm<BulkDueInput>({ resolver: zodResolver(bulkDueSchema), defaultValues: { mode: 'date', due_date: '', shift_days: '' } });
  const mode = dueForm.watch('mode');

  const chosen = (rows.data ?? []).filter((r) => selection.has(r.id));
  const busy = rows.isPending || assign.isPending || setDue.isPending;

  const onAssign = leadForm.handleSubmit(({ lead_unit_id }) => {
    setDone(null);
    setDue.reset();
    assign.mutate(
      { planId, tasks: chosen, leadUnitId: lead_unit_id },
      {
        onSuccess: (n) => {
          setDone(t('planAdmin.bulk.assigned', { count: n }));
          selection.clear();
          leadForm.reset();
        },
      },
    );
  });
  const onDue = dueForm.handleSubmit((input) => {
    setDone(null);
    assign.reset();
    setDue.mutate(
      { planId, tasks: chosen, input },
      {
        onSuccess: (n) => {
          setDone(t('planAdmin.bulk.dueChanged', { count: n }));
          selection.clear();
          dueForm.reset();
        },
      },
    );
  });

  const leadError = leadForm.formState.errors.lead_unit_id?.message;
  const dueErrors = dueForm.formState.errors;

  return (
    <section className={`pa-bulk${selection.size > 0 ? ' is-active' : ''}`} aria-labelledby={headingId}>
      <div className="pa-bulk-head">
        <h2 id={headingId} className="card-title">
          {t('planAdmin.bulk.title', { count: selection.size })}
        </h2>
        <div className="button-row">
          {selection.size > 0 ? (
            <button type="button" className="button button-small" aria-expanded={expanded} aria-controls={formsId} onClick={() => setExpanded(!expanded)}>
              {t(expanded ? 'planAdmin.bulk.hideActions' : 'planAdmin.bulk.showActions')}
            </button>
          ) : null}
          <button type="button" className="button button-small" onClick={selection.clear} disabled={selection.size === 0}>
            {t('planAdmin.bulk.clear')}
          </button>
        </div>
      </div>
      {selection.size === 0 ? <p className="muted small">{t('planAdmin.bulk.hint')}</p> : null}
      <p className="pa-bulk-done" role="status">
        {done}
      </p>
      {selection.size > 0 ? (
        <div className="pa-bulk-forms" id={formsId} hidden={!expanded}>
          <form onSubmit={onAssign} noValidate className="pa-bulk-form" aria-label={t('planAdmin.bulk.assignTitle')}>
            <Field id="bulk-lead" label={t('planAdmin.bulk.newLead')} error={leadError}>
              <select id="bulk-lead" {...describedBy('bulk-lead', leadError)} {...leadForm.register('lead_unit_id')}>
                <option value="">{t('planAdmin.task.choose')}</option>
                {(units.data ?? [])
                  .filter((u) => u.is_active)
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
              </select>
            </Field>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('planAdmin.bulk.assign')}
            </button>
            <DbErrorMessage error={assign.error} onReload={() => void rows.refetch()} />
          </form>

          {planStatus === 'draft' ? (
            <form onSubmit={onDue} noValidate className="pa-bulk-form" aria-label={t('planAdmin.bulk.dueTitle')}>
              <fieldset className="pa-radios">
                <legend>{t('planAdmin.bulk.dueTitle')}</legend>
                <label>
                  <input type="radio" value="date" {...dueForm.register('mode')} /> {t('planAdmin.bulk.modeDate')}
                </label>
                <label>
                  <input type="radio" value="shift" {...dueForm.register('mode')} /> {t('planAdmin.bulk.modeShift')}
                </label>
              </fieldset>
              {mode === 'date' ? (
                <Field id="bulk-due" label={t('planAdmin.bulk.newDue')} error={'due_date' in dueErrors ? dueErrors.due_date?.message : undefined}>
                  <FormDateField control={dueForm.control} name="due_date" />
                </Field>
              ) : (
                <Field id="bulk-shift" label={t('planAdmin.bulk.shiftDays')} error={dueErrors.shift_days?.message} hint={t('planAdmin.bulk.shiftHint')}>
                  <input
                    id="bulk-shift"
                    type="number"
                    inputMode="numeric"
                    step={1}
                    {...describedBy('bulk-shift', dueErrors.shift_days?.message, 'hint')}
                    {...dueForm.register('shift_days')}
                  />
                </Field>
              )}
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('planAdmin.bulk.changeDue')}
              </button>
              <DbErrorMessage error={setDue.error} onReload={() => void rows.refetch()} />
            </form>
          ) : (
            <p className="muted small pa-bulk-form">{t('planAdmin.bulk.dueIssued')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
