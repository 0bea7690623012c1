import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { DbErrorMessage } from '../../components/ui/DbErrorMessage';
import { Field, FieldGroup } from '../../components/ui/Field';
import { useMe } from '../../components/layout/me';
import { formatDate, formatPercent } from '../../lib/format';
import { useLang } from '../../i18n';
import { newReportSchema, useCreateReport, type NewReportInput } from '../../data/reports/create-report';
import { useIssuedPlans } from '../../data/plans/get-plans';
import { useReportPreview } from '../../data/reports/get-report-preview';
import { useReports } from '../../data/reports/get-reports';
import { PERIODS, wholeFigures, type ReportData, type ReportPeriod } from '../../lib/report-model';
import '../../features/reports/reports.css';
import { plansQueryOptions } from '../../data/plans/get-plans';
import { reportsQueryOptions } from '../../data/reports/get-reports';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { canWriteReports } from '../../lib/permissions';

export function Component() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const plans = useIssuedPlans();
  const reports = useReports();
  const create = useCreateReport();
  const form = useForm<NewReportInput>({
    resolver: zodResolver(newReportSchema) as never,
    defaultValues: { year: 0, plan_id: '', period: 'q3' },
  });
  const [year, planId, period] = useWatch({ control: form.control, name: ['year', 'plan_id', 'period'] });
  const years = [...new Set((plans.data ?? []).map((p) => p.year))];
  const plansOfYear = (plans.data ?? []).filter((p) => p.year === Number(year));

  // Start on the latest year, and on its plan when it has only one.
  useEffect(() => {
    if (!plans.data?.length) return;
    if (!Number(year)) form.setValue('year', plans.data[0]!.year);
  }, [plans.data, year, form]);
  const wantedPlan = plansOfYear.some((p) => p.id === planId) ? planId : plansOfYear.length === 1 ? plansOfYear[0]!.id : '';
  useEffect(() => {
    if (wantedPlan !== planId) form.setValue('plan_id', wantedPlan);
  }, [wantedPlan, planId, form]);

  const preview = useReportPreview(planId || null, period as ReportPeriod, Number(year) || null);
  const existing = (reports.data ?? []).find((r) => r.plan_id === planId && r.period === period && r.year === Number(year) && r.status !== 'superseded');

  if (!canWriteReports(me.role)) return <Empty>{t('reports.interiorOnly')}</Empty>;

  const onSubmit = form.handleSubmit((values) => create.mutate(values, { onSuccess: (id) => navigate(`/reports/${id}`) }));
  const { errors } = form.formState;

  return (
    <QueryState query={plans} empty={t('reports.noPlans')}>
      {() => (
        <section aria-labelledby="new-report-title" className="reports-page">
          <nav className="breadcrumbs" aria-label={t('reports.breadcrumbs')}>
            <Link to="/reports">{t('reports.title')}</Link> › {t('reports.new')}
          </nav>
          <h1 id="new-report-title">{t('reports.newTitle')}</h1>
          <form className="card report-form report-new" onSubmit={onSubmit} noValidate>
            <div className="report-grid">
              <Field id="year" label={t('reports.fields.year')} error={errors.year?.message}>
                <select {...form.register('year', { valueAsNumber: true })}>
                  {years.map((y) => (
                    <option key={y} value={y}>{y}</option>
                  ))}
                </select>
              </Field>
              <Field id="plan_id" label={t('reports.fields.plan')} error={errors.plan_id?.message}>
                <select {...form.register('plan_id')}>
                  <option value="">{t('reports.choosePlan')}</option>
                  {plansOfYear.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.doc_number} — {p.title}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <FieldGroup id="period" className="report-fieldset" legend={t('reports.fields.period')} error={errors.period?.message}>
              <div className="report-periods">
                {PERIODS.map((p) => (
                  <label key={p} className="report-period-option">
                    <input type="radio" value={p} {...form.register('period')} />
                    <span>
                      <strong>{t(`reports.periodName.${p}`)}</strong>
                      <span className="muted small"> · {t(`reports.periodRule.${p}`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </FieldGroup>

            <section className="report-cutoffs" aria-live="polite" aria-label={t('reports.cutoffs')}>
              {!planId ? (
                <p className="muted">{t('reports.choosePlanFirst')}</p>
              ) : (
                <QueryState query={preview}>{(cutoffs) => cutoffs && <Cutoffs preview={cutoffs} />}</QueryState>
              )}
            </section>

            {existing ? (
              <p className="report-notice" role="status">
                {t('reports.alreadyExists')} <Link to={`/reports/${existing.id}`}>{t('reports.openExisting')}</Link>
              </p>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={create.isPending || Boolean(existing)}>
                {create.isPending ? t('reports.working') : t('reports.create')}
              </button>
              <Link className="button report-link-button" to="/reports">
                {t('common.cancel')}
              </Link>
            </div>
            <DbErrorMessage error={create.error} />
          </form>
        </section>
      )}
    </QueryState>
  );
}

/** The data period, due day and figures the report would have. */
function Cutoffs({ preview }: { preview: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const whole = wholeFigures(preview.figures);
  return (
    <dl className="facts">
      <dt>{t('reports.fields.dataPeriod')}</dt>
      <dd data-testid="cutoffs">{t('reports.fromTo', { from: formatDate(preview.data_from), to: formatDate(preview.data_to) })}</dd>
      <dt>{t('reports.fields.dueOn')}</dt>
      <dd>{formatDate(preview.due_on)}</dd>
      <dt>{t('reports.fields.figures')}</dt>
      <dd>
        {t('reports.headline', { done: whole.done, total: whole.total, percent: formatPercent(whole.done, whole.total, lang) })}
        {preview.provisional ? <div className="muted small">{t('reports.provisional', { date: formatDate(preview.as_of) })}</div> : null}
      </dd>
    </dl>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, [plansQueryOptions(), reportsQueryOptions()]);
