import { lazy, Suspense } from 'react';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/ui/states';
import { ProgressBar } from '../../components/ui/ProgressBar';
import { formatCount, formatDate, formatNumber, formatPercent, formatRatio } from '../../lib/format';
import { todayInVietnam } from '../../lib/datetime';
import { useLang } from '../../i18n';
import { dashboardPageQueryOptions, useDashboardPage } from '../../data/figures/get-dashboard-page';
import { defaultPlan, usePlans, type PlanWithProgress } from '../../data/plans/get-plans';
import { taskListHref } from '../../lib/task-filters';
import { plansQueryOptions } from '../../data/plans/get-plans';
import { prefetch, prefetchAfter } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { CchcRiskPanel } from '../../features/cchc/components/CchcRiskPanel';
import { TaskLink } from '../../components/links';
import { DateField } from '../../components/ui/DateField';
import { isIsoDate } from '../../lib/date-input';
import { QueryState } from '../../components/ui/QueryState';
import { UnitRanking } from '../../features/dashboard/components/UnitRanking';

const TrendChart = lazy(() => import('../../features/dashboard/components/TrendChart'));

const SPLIT = ['done_on_time', 'done_late', 'open_not_due', 'open_overdue'] as const;

export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = params.get('plan') ?? (plans.data ? defaultPlan(plans.data)?.id : undefined);
  const asOf = params.get('asOf');
  // Headline, split, areas, ranking, trend and overdue tasks: one request (dashboard_page).
  const page = useDashboardPage(planId, asOf);

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <QueryState query={plans} empty={t('dashboard.noPlans')} isEmpty={() => !planId}>
      {(list) => planId && <PlanDashboard plans={list} planId={planId} asOf={asOf} page={page} onSet={set} />}
    </QueryState>
  );
}

/** One plan's dashboard, today or as of a past day. */
function PlanDashboard({ plans, planId, asOf, page, onSet }: {
  plans: PlanWithProgress[];
  planId: string;
  asOf: string | null;
  page: ReturnType<typeof useDashboardPage>;
  onSet: (key: string, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const plan = plans.find((p) => p.id === planId);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <div className="dashboard-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <div className="dashboard-controls">
          <div className="field">
            <label htmlFor="dash-plan">{t('dashboard.plan')}</label>
            <select id="dash-plan" value={planId} onChange={(e) => onSet('plan', e.target.value)}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.doc_number} — {p.year}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dash-asof">{t('dashboard.asOf')}</label>
            <DateField id="dash-asof" max={todayInVietnam()} value={asOf ?? ''} onChange={(v) => (v === '' || isIsoDate(v) ? onSet('asOf', v || null) : undefined)} />
          </div>
        </div>
      </div>
      {plan ? <p className="muted">{plan.title}{asOf ? ` · ${t('dashboard.asOfNote', { date: formatDate(asOf) })}` : ''}</p> : null}

      <QueryState query={page}>
        {(pageData) => (
          <>
            <div className="headline-grid">
              <div className="card headline">
                <p className="headline-figure" data-testid="dashboard-done" id="dashboard-done">
                  {t('dashboard.done', {
                    count: formatCount(pageData.figures.whole.done, pageData.figures.whole.total, lang),
                    percent: formatPercent(pageData.figures.whole.done, pageData.figures.whole.total, lang),
                  })}
                </p>
                <ProgressBar value={pageData.figures.whole.done} max={pageData.figures.whole.total} label={formatRatio(pageData.figures.whole.done, pageData.figures.whole.total, lang)} labelledBy="dashboard-done" />
                <p className="muted" data-testid="dashboard-overdue">
                  {t('dashboard.overdueShare', { percent: formatPercent(pageData.figures.whole.open_overdue, pageData.figures.whole.total, lang) })}
                  {pageData.figures.whole.cancelled > 0 ? ` · ${t('dashboard.cancelled', { count: pageData.figures.whole.cancelled })}` : ''}
                </p>
              </div>
              <div className="split-grid">
                {SPLIT.map((key) => (
                  <Link key={key} to={taskListHref({ plan: planId, timeliness: key })} className={`card split split-${key}`}>
                    <span className="split-value">{formatNumber(pageData.figures.whole[key], lang)}</span>
                    <span className="split-label">{t(`dashboard.split.${key}`)}</span>
                  </Link>
                ))}
              </div>
            </div>

            <div className="dashboard-grid">
              <section className="card" aria-labelledby="areas-title">
                <h2 id="areas-title" className="card-title">{t('dashboard.byArea')}</h2>
                <ul className="area-bars">
                  {pageData.figures.areas.map((area) => (
                    <li key={area.area_id}>
                      <Link to={taskListHref({ plan: planId, area: area.area_id })} className="area-bar-link">
                        <span className="area-bar-name" id={`dashboard-area-name-${area.area_id}`}>
                          {area.area_id}. {lang === 'vi' ? area.name_vi : area.name_en}
                        </span>
                        <span className="ratio" data-testid={`dashboard-area-${area.area_id}`}>
                          {formatRatio(area.done, area.total, lang)}
                        </span>
                      </Link>
                      <ProgressBar value={area.done} max={area.total} label={formatRatio(area.done, area.total, lang)} labelledBy={`dashboard-area-name-${area.area_id}`} />
                    </li>
                  ))}
                </ul>
              </section>

              <section className="card" aria-labelledby="ageing-title">
                <h2 id="ageing-title" className="card-title">{t('dashboard.ageing')}</h2>
                <dl className="ageing">
                  {(['overdue_over_30', 'overdue_over_90', 'overdue_over_120'] as const).map((key) => (
                    <div key={key}>
                      <dt>{t(`dashboard.${key}`)}</dt>
                      <dd>{formatNumber(pageData.figures.whole[key], lang)}</dd>
                    </div>
                  ))}
                </dl>
                {pageData.overdue ? (
                  pageData.overdue.length === 0 ? (
                    <p className="muted">{t('dashboard.noOverdue')}</p>
                  ) : (
                    <ol className="overdue-list">
                      {pageData.overdue.map((task) => (
                        <li key={task.id}>
                          <TaskLink taskId={task.id!}>
                            {task.ordinal}. {task.title}
                          </TaskLink>
                          <span className="muted small">
                            {task.lead_unit_short_name ?? task.lead_unit_name} · {t('dashboard.daysLate', { count: task.days_late ?? 0 })}
                          </span>
                        </li>
                      ))}
                    </ol>
                  )
                ) : null}
              </section>
            </div>

            <section className="card" aria-labelledby="ranking-title">
              <h2 id="ranking-title" className="card-title">{t('dashboard.ranking')}</h2>
              {pageData.details.units.length === 0 ? (
                <p className="muted">{t('dashboard.noUnits')}</p>
              ) : (
                <UnitRanking units={pageData.details.units} planId={planId} />
              )}
            </section>

            <section className="card" aria-labelledby="trend-title">
              <h2 id="trend-title" className="card-title">{t('dashboard.trend.title')}</h2>
              {pageData.details.trend.length === 0 ? (
                <p className="muted">{t('dashboard.noTrend')}</p>
              ) : (
                <div className="chart-box">
                  <Suspense fallback={<Loading />}>
                    <TrendChart points={pageData.details.trend} />
                  </Suspense>
                </div>
              )}
            </section>
            <CchcRiskPanel scope="province" />
          </>
        )}
      </QueryState>
    </section>
  );
}

/**
 * Starts this page's queries while its code loads: the plans and the plan's
 * dashboard (named in the address, or else the default plan, asked as soon
 * as the plans are in).
 */
export const loader = ({ request }: LoaderFunctionArgs) => {
  const params = new URL(request.url).searchParams;
  const planId = params.get('plan');
  const asOf = params.get('asOf');
  if (planId) return prefetch(queryClient, [plansQueryOptions(), dashboardPageQueryOptions(planId, asOf)]);
  return prefetchAfter(queryClient, plansQueryOptions(), (plans) => {
    const plan = defaultPlan(plans);
    return plan ? dashboardPageQueryOptions(plan.id, asOf) : undefined;
  });
};
