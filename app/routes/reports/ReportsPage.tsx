import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/ui/states';
import { useMe } from '../../components/layout/me';
import { formatDate } from '../../lib/format';
import { formatDateTime } from '../../lib/datetime';
import { useReports } from '../../data/reports/get-reports';
import { ReportStatusBadge } from '../../features/reports/components/ReportStatusBadge';
import '../../features/reports/reports.css';
import { reportsQueryOptions } from '../../data/reports/get-reports';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { ReportLink } from '../../components/links';
import { canWriteReports } from '../../lib/permissions';
import { QueryState } from '../../components/ui/QueryState';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function Component() {
  const { t } = useTranslation();
  const me = useMe();
  const reports = useReports();
  const [planId, setPlanId] = useState('');

  const plans = new Map((reports.data ?? []).flatMap((r) => (r.plan ? [[r.plan.id, r.plan] as const] : [])));
  const shown = (reports.data ?? []).filter((r) => !planId || r.plan_id === planId);

  return (
    <section aria-labelledby="reports-title" className="reports-page">
      <div className="report-page-head">
        <h1 id="reports-title">{t('reports.title')}</h1>
        {canWriteReports(me.role) ? (
          <Link className="button button-primary report-link-button" to="/reports/new">
            {t('reports.new')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t('reports.intro')}</p>
      <QueryState query={reports}>
        {(reportsData) =>
          reportsData.length === 0 ? (
          <Empty>
            {t('reports.empty')}
            {canWriteReports(me.role) ? (
              <>
                {' '}
                <Link to="/reports/new">{t('reports.emptyCreate')}</Link>
              </>
            ) : null}
          </Empty>
          ) : (
            <>
              {plans.size > 1 ? (
                <div className="field field-inline report-filter">
                  <label htmlFor="plan-filter">{t('reports.fields.plan')}</label>
                  <select id="plan-filter" value={planId} onChange={(e) => setPlanId(e.target.value)}>
                    <option value="">{t('reports.allPlans')}</option>
                    {[...plans.values()].map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.doc_number} ({p.year})
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <div className="card table-wrap ui-table-wrap">
                <table className="table ui-table report-table">
                  <caption className="visually-hidden">{t('reports.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.columns.period')}</th>
                      <th scope="col">{t('reports.fields.plan')}</th>
                      <th scope="col" className="col-optional">{t('reports.fields.docNumber')}</th>
                      <th scope="col" className="num">{t('reports.columns.version')}</th>
                      <th scope="col">{t('reports.columns.status')}</th>
                      <th scope="col" className="col-optional">{t('reports.columns.cutoff')}</th>
                      <th scope="col" className="col-optional">{t('reports.columns.submittedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <ReportLink className="task-title" reportId={r.id}>
                            {capitalize(t(`reports.periodLabel.${r.period}`, { year: r.year }))}
                          </ReportLink>
                        </td>
                        <td>{r.plan?.doc_number}</td>
                        <td className="col-optional">{r.doc_number ?? '—'}</td>
                        <td className="num">{r.version}</td>
                        <td><ReportStatusBadge status={r.status} /></td>
                        <td className="col-optional">{formatDate(r.data_to)}</td>
                        <td className="col-optional">{r.submitted_at ? formatDateTime(r.submitted_at) : t('reports.dueBy', { date: formatDate(r.due_on) })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, [reportsQueryOptions()]);
