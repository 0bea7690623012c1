import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/ui/QueryState';
import { DbErrorMessage } from '../../components/ui/DbErrorMessage';
import { ProgressBar } from '../../components/ui/ProgressBar';
import { useMe } from '../../components/layout/me';
import { formatDate, formatPercent } from '../../lib/format';
import { formatDateTime } from '../../lib/datetime';
import { useLang } from '../../i18n';
import type { ReportDetail } from '../../data/reports/get-report';
import { reportWithDataQueries, useReportWithData } from '../../features/reports/hooks/use-report-with-data';
import { useSubmitReport } from '../../data/reports/submit-report';
import { useSupersedeReport } from '../../data/reports/supersede-report';
import { reportKeys } from '../../data/reports/keys';
import { wholeFigures, type ReportData } from '../../lib/report-model';
import { ReportStatusBadge } from '../../features/reports/components/ReportStatusBadge';
import { FiguresTable } from '../../features/reports/components/FiguresTable';
import { ComparisonTable } from '../../features/reports/components/ComparisonTable';
import { UnitRanking } from '../../features/reports/components/UnitRanking';
import { TaskAppendix } from '../../features/reports/components/TaskAppendix';
import { NarrativeForm } from '../../features/reports/components/NarrativeForm';
import { NarrativeView } from '../../features/reports/components/NarrativeView';
import { ExportButtons } from '../../features/reports/components/ExportButtons';
import { ConfirmDialog } from '../../components/ui/Dialog';
import '../../features/reports/reports.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { ReportLink } from '../../components/links';
import { canWriteReports } from '../../lib/permissions';

export function Component() {
  const { reportId = '' } = useParams();
  const { t } = useTranslation();
  const page = useReportWithData(reportId);
  return (
    <QueryState query={page} empty={t('reports.notFound')}>
      {(found) => <ReportView reportId={reportId} r={found.report} d={found.data} />}
    </QueryState>
  );
}

function ReportView({ reportId, r, d }: { reportId: string; r: ReportDetail; d: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = useSubmitReport(reportId);
  const supersede = useSupersedeReport(reportId);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState<'submit' | 'supersede' | null>(null);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const reload = () => void queryClient.invalidateQueries({ queryKey: reportKeys.detail(reportId) });
  const whole = wholeFigures(d.figures);
  const interior = canWriteReports(me.role);
  const editable = interior && r.status === 'draft';
  const periodLabel = t(`reports.periodLabel.${r.period}`, { year: r.year });

  return (
    <article aria-labelledby="report-title" className="reports-page">
      <nav className="breadcrumbs" aria-label={t('reports.breadcrumbs')}>
        <Link to="/reports">{t('reports.title')}</Link> › {r.plan?.doc_number} › {periodLabel.charAt(0).toLocaleUpperCase() + periodLabel.slice(1)}
      </nav>
      <header className="report-head">
        <div className="plan-card-head">
          <span className="plan-doc">
            {r.plan?.doc_number} · {t('reports.versionN', { version: r.version })}
          </span>
          <ReportStatusBadge status={r.status} />
        </div>
        <h1 id="report-title">{t('reports.reportTitle', { period: periodLabel })}</h1>
        <dl className="facts report-facts">
          <dt>{t('reports.fields.dataPeriod')}</dt>
          <dd>{t('reports.fromTo', { from: formatDate(r.data_from), to: formatDate(r.data_to) })}</dd>
          <dt>{t('reports.fields.dueOn')}</dt>
          <dd>{formatDate(r.due_on)}</dd>
          {r.submitted_at ? (
            <>
              <dt>{t('reports.fields.submitted')}</dt>
              <dd>
                {formatDateTime(r.submitted_at)}
                {r.submitter ? ` · ${r.submitter.full_name ?? r.submitter.email}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      {r.status === 'submitted' || r.status === 'superseded' ? (
        <p className="report-notice report-notice-frozen">{t('reports.frozen', { date: formatDate(d.as_of) })}</p>
      ) : d.provisional ? (
        <p className="report-notice">{t('reports.provisional', { date: formatDate(d.as_of) })}</p>
      ) : (
        <p className="report-notice">{t('reports.draftLive', { date: formatDate(d.as_of) })}</p>
      )}
      {r.next ? (
        <p className="report-notice">
          {t(r.next.status === 'draft' ? 'reports.nextDraft' : 'reports.supersededBy', { version: r.next.version })}{' '}
          <ReportLink reportId={r.next.id}>{t('reports.openVersion', { version: r.next.version })}</ReportLink>
        </p>
      ) : null}
      {r.supersedes_id ? (
        <p className="muted small">
          {t('reports.supersedes', { version: r.version - 1 })}{' '}
          <ReportLink reportId={r.supersedes_id}>{t('reports.openVersion', { version: r.version - 1 })}</ReportLink>
        </p>
      ) : null}

      <div className="report-actions">
        <ExportButtons reportId={r.id} report={r} data={d} />
        {editable ? (
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={dirty || submit.isPending} onClick={() => setAsking('submit')}>
              {t('reports.submit.button')}
            </button>
            {dirty ? <span className="muted small">{t('reports.submit.saveFirst')}</span> : null}
          </div>
        ) : null}
        {interior && r.status === 'submitted' && !r.next ? (
          <button type="button" className="button" onClick={() => setAsking('supersede')}>
            {t('reports.supersede.button')}
          </button>
        ) : null}
      </div>
      {!asking ? <DbErrorMessage error={submit.error ?? supersede.error} onReload={reload} /> : null}

      <section className="card headline" aria-labelledby="headline-title">
        <h2 id="headline-title" className="card-title">{t('reports.asOfTitle', { date: formatDate(d.as_of) })}</h2>
        <p className="headline-figure" data-testid="report-headline">
          {t('reports.headline', { done: whole.done, total: whole.total, percent: formatPercent(whole.done, whole.total, lang) })}
        </p>
        <ProgressBar value={whole.done} max={whole.total} label={`${whole.done}/${whole.total}`} labelledBy="headline-title" />
        <p className="muted">
          {t('reports.breakdown', {
            onTime: whole.done_on_time,
            late: whole.done_late,
            notDue: whole.open_not_due,
            overdue: whole.open_overdue,
            share: formatPercent(whole.open_overdue, whole.total, lang),
          })}
          {whole.cancelled > 0 ? ` ${t('reports.cancelledNote', { count: whole.cancelled })}` : ''}
        </p>
        {whole.open_overdue > 0 ? (
          <p className="muted small">{t('reports.aging', { d30: whole.overdue_over_30, d90: whole.overdue_over_90, d120: whole.overdue_over_120 })}</p>
        ) : null}
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('reports.figuresTitle')}</h2>
        <div className="card"><FiguresTable data={d} /></div>
      </section>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('reports.compare.title')}</h2>
        <div className="card"><ComparisonTable data={d} /></div>
      </section>

      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">{t('reports.rankingTitle')}</h2>
        <div className="card"><UnitRanking units={d.units} /></div>
      </section>

      <div className="report-narrative-wrap">
        {editable ? (
          <NarrativeForm report={r} data={d} onDirtyChange={onDirtyChange} onReload={reload} />
        ) : (
          <NarrativeView report={r} data={d} />
        )}
      </div>

      <TaskAppendix data={d} />

      <ConfirmDialog
        open={asking === 'submit'}
        title={t('reports.submit.title', { period: periodLabel })}
        confirmLabel={t('reports.submit.confirm')}
        busy={submit.isPending}
        onClose={() => {
          setAsking(null);
          submit.reset();
        }}
        onConfirm={() => submit.mutate(undefined, { onSuccess: () => setAsking(null) })}
      >
        <p>{t('reports.submit.body', { date: formatDate(r.data_to) })}</p>
        <p className="muted">{t('reports.submit.locked')}</p>
        <DbErrorMessage error={submit.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'supersede'}
        title={t('reports.supersede.title')}
        confirmLabel={t('reports.supersede.confirm')}
        busy={supersede.isPending}
        onClose={() => {
          setAsking(null);
          supersede.reset();
        }}
        onConfirm={() =>
          supersede.mutate(undefined, {
            onSuccess: (id) => {
              setAsking(null);
              navigate(`/reports/${id}`);
            },
          })
        }
      >
        <p>{t('reports.supersede.body', { version: r.version + 1 })}</p>
        <DbErrorMessage error={supersede.error} />
      </ConfirmDialog>
    </article>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, reportWithDataQueries(params.reportId!));
