import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import type { Tables } from '../../../lib/database.types';

type EditablePlan = Tables<'plans'>;
import { planSchema, useCreatePlan, useUpdatePlan, type PlanInput, type PlanValues } from '../../../data/plans/save-plan';
import { Field, describedBy } from '../../../components/ui/Field';
import { dbErrorField, PLAN_FIELD_ERRORS } from '../lib/db-field-errors';
import { FormDateField } from '../../../components/ui/form-fields';

const DEFAULT_ISSUER = 'Ủy ban nhân dân tỉnh';

/** Creates a draft plan, or edits one (an issued plan: its title only). */
export function PlanForm({ plan, onSaved, onCancel }: { plan?: EditablePlan; onSaved: (planId: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const issued = plan !== undefined && plan.status !== 'draft';
  const form = useForm<PlanInput, unknown, PlanValues>({
    resolver: zodResolver(planSchema),
    defaultValues: {
      doc_number: plan?.doc_number ?? '',
      title: plan?.title ?? '',
      year: plan?.year ?? new Date().getFullYear() + 1,
      issuer: plan?.issuer ?? DEFAULT_ISSUER,
      issued_on: plan?.issued_on ?? '',
    },
  });
  const { errors } = form.formState;
  const saving = create.isPending || update.isPending;

  const onSubmit = form.handleSubmit((values) => {
    if (plan) update.mutate({ planId: plan.id, values, issued }, { onSuccess: () => onSaved(plan.id) });
    else create.mutate(values, { onSuccess: (id) => onSaved(id) });
  });

  const dbError = create.error ?? update.error;
  const atField = dbErrorField(dbError, PLAN_FIELD_ERRORS);
  const err = (name: keyof PlanInput) => errors[name]?.message ?? (atField?.field === name ? atField.message : undefined);

  return (
    <form className="card pa-form" onSubmit={onSubmit} noValidate>
      {issued ? <p className="pa-note">{t('planAdmin.plan.issuedNote')}</p> : null}
      <div className="pa-grid">
        <Field id="plan-doc" label={t('planAdmin.plan.docNumber')} error={err('doc_number')} hint={t('planAdmin.plan.docNumberHint')}>
          <input
            id="plan-doc"
            autoComplete="off"
            readOnly={issued}
            placeholder="250/KH-UBND"
            {...describedBy('plan-doc', err('doc_number'), 'hint')}
            {...form.register('doc_number')}
          />
        </Field>
        <Field id="plan-year" label={t('planAdmin.plan.year')} error={err('year')}>
          <input id="plan-year" type="number" inputMode="numeric" min={2000} max={2100} readOnly={issued} {...describedBy('plan-year', err('year'))} {...form.register('year')} />
        </Field>
      </div>
      <Field id="plan-title" label={t('planAdmin.plan.title')} error={err('title')}>
        <textarea id="plan-title" rows={2} {...describedBy('plan-title', err('title'))} {...form.register('title')} />
      </Field>
      <div className="pa-grid">
        <Field id="plan-issuer" label={t('planAdmin.plan.issuer')} error={err('issuer')}>
          <input id="plan-issuer" readOnly={issued} {...describedBy('plan-issuer', err('issuer'))} {...form.register('issuer')} />
        </Field>
        <Field id="plan-issued-on" label={t('planAdmin.plan.issuedOn')} error={err('issued_on')} hint={issued ? undefined : t('planAdmin.plan.issuedOnHint')}>
          <FormDateField control={form.control} name="issued_on" readOnly={issued} />
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('common.saving') : plan ? t('common.save') : t('planAdmin.plan.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <DbErrorMessage error={atField ? null : dbError} />
    </form>
  );
}
