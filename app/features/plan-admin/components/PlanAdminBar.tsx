import { useState } from 'react';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { todayInVietnam } from '../../../lib/datetime';
import type { Tables } from '../../../lib/database.types';
import { issueSchema, useClosePlan, useIssuePlan, type IssueInput } from '../../../data/plans/change-plan-status';
import { useSetPlanPublic } from '../../../data/plans/set-plan-public';
import { Field } from '../../../components/ui/Field';
import '../plan-admin.css';
import { FormDateField } from '../../../components/ui/form-fields';

type Step = 'idle' | 'issue' | 'close';

/** Home Affairs' controls on a plan page: edit, add or import tasks, issue, close. */
export function PlanAdminBar({ plan, taskCount }: { plan: Tables<'plans'>; taskCount: number }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('idle');
  const issue = useIssuePlan();
  const close = useClosePlan();
  const form = useForm<IssueInput>({
    resolver: zodResolver(issueSchema),
    defaultValues: { issued_on: plan.issued_on ?? todayInVietnam() },
  });
  const dateError = form.formState.errors.issued_on?.message;

  if (plan.status === 'closed') {
    return (
      <section className="card pa-bar" aria-labelledby="pa-bar-title">
        <h2 id="pa-bar-title" className="card-title">
          {t('planAdmin.bar.title')}
        </h2>
        <p className="pa-note">{t('planAdmin.bar.closedNote')}</p>
        <div className="button-row">
          <Link className="button" to={`/plans/${plan.id}/carry-over`}>
            {t('planAdmin.bar.carryOver')}
          </Link>
        </div>
        <PublicToggle plan={plan} />
      </section>
    );
  }

  const onIssue = form.handleSubmit(({ issued_on }) => issue.mutate({ planId: plan.id, issued_on }, { onSuccess: () => setStep('idle') }));

  return (
    <section className="card pa-bar" aria-labelledby="pa-bar-title">
      <h2 id="pa-bar-title" className="card-title">
        {t('planAdmin.bar.title')}
      </h2>
      <p className="muted small">{t(plan.status === 'draft' ? 'planAdmin.bar.draftHelp' : 'planAdmin.bar.inForceHelp')}</p>
      <div className="button-row">
        <Link className="button" to={`/plans/${plan.id}/edit`}>
          {t('planAdmin.bar.edit')}
        </Link>
        <Link className="button" to={`/plans/${plan.id}/tasks/new`}>
          {t(plan.status === 'draft' ? 'planAdmin.bar.addTask' : 'planAdmin.bar.amendAdd')}
        </Link>
        <Link className="button" to={`/plans/${plan.id}/import`}>
          {t('planAdmin.bar.import')}
        </Link>
        {plan.status === 'in_force' ? (
          <Link className="button" to={`/plans/${plan.id}/carry-over`}>
            {t('planAdmin.bar.carryOver')}
          </Link>
        ) : null}
        {plan.status === 'draft' ? (
          <button type="button" className="button button-primary" aria-expanded={step === 'issue'} onClick={() => setStep(step === 'issue' ? 'idle' : 'issue')}>
            {t('planAdmin.bar.issue')}
          </button>
        ) : (
          <button type="button" className="button button-danger" aria-expanded={step === 'close'} onClick={() => setStep(step === 'close' ? 'idle' : 'close')}>
            {t('planAdmin.bar.close')}
          </button>
        )}
      </div>

      {step === 'issue' ? (
        <form className="pa-confirm" onSubmit={onIssue} noValidate aria-label={t('planAdmin.bar.issue')}>
          {taskCount === 0 ? <p className="field-error">{t('planAdmin.bar.issueNeedsTasks')}</p> : null}
          <p className="small">{t('planAdmin.bar.issueExplain')}</p>
          <Field id="pa-issued-on" label={t('planAdmin.plan.issuedOn')} error={dateError}>
            <FormDateField control={form.control} name="issued_on" />
          </Field>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={issue.isPending || taskCount === 0}>
              {t('planAdmin.bar.confirmIssue')}
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
          <DbErrorMessage error={issue.error} />
        </form>
      ) : null}

      {step === 'close' ? (
        <div className="pa-confirm" role="group" aria-label={t('planAdmin.bar.close')}>
          <p className="small">{t('planAdmin.bar.closeExplain')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary button-danger"
              disabled={close.isPending}
              onClick={() => close.mutate(plan.id, { onSuccess: () => setStep('idle') })}
            >
              {t('planAdmin.bar.confirmClose')}
            </button>
            <button type="button" className="button" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
          <DbErrorMessage error={close.error} />
        </div>
      ) : null}
      {plan.status === 'in_force' ? <PublicToggle plan={plan} /> : null}
    </section>
  );
}

/** Publishes the plan's progress on /cong-khai, or withdraws it (issued or closed plans). */
function PublicToggle({ plan }: { plan: Tables<'plans'> }) {
  const { t } = useTranslation();
  const setPublic = useSetPlanPublic();
  return (
    <div className="pa-public">
      <p className="small">
        {plan.is_public ? (
          <>
            {t('planAdmin.public.isPublic')} <Link to="/cong-khai">{t('planAdmin.public.open')}</Link>
          </>
        ) : (
          t('planAdmin.public.notPublic')
        )}
      </p>
      <button
        type="button"
        className="button"
        disabled={setPublic.isPending}
        onClick={() => setPublic.mutate({ planId: plan.id, isPublic: !plan.is_public })}
      >
        {t(plan.is_public ? 'planAdmin.public.withdraw' : 'planAdmin.public.publish')}
      </button>
      <DbErrorMessage error={setPublic.error} />
    </div>
  );
}
