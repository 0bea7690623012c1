import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/ProgressBar';
import { formatCount, formatDate, formatPercent, formatRatio } from '../../lib/format';
import { useLang } from '../../i18n';
import { planPageQueryOptions, usePlanPage, type PlanPage } from '../../data/plans/get-plan-page';
import { QueryState } from '../../components/ui/QueryState';
import type { PlanTask } from '../../data/tasks/get-plan-tasks';
import { TaskStatusBadge } from '../../components/ui/TaskStatusBadge';
import { taskListHref } from '../../lib/task-filters';
import { useMe } from '../../components/layout/me';
// Home Affairs' controls (plan administration), shown to interior staff only.
import { PlanAdminBar } from '../../features/plan-admin/components/PlanAdminBar';
import { BulkActionBar } from '../../features/plan-admin/components/BulkActionBar';
import { SelectAreaBox, SelectTaskBox, useTaskSelection } from '../../features/plan-admin/components/TaskSelection';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { TaskLink } from '../../components/links';
import { useVirtualRows } from '../../components/ui/virtual-rows';
import { canEditPlans } from '../../lib/permissions';
import { VirtualSpacer } from '../../components/ui/VirtualSpacer';

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  // The plan, its areas' figures and its tasks: one request (plan_page).
  const page = usePlanPage(planId);
  const selection = useTaskSelection();

  return (
    <QueryState query={page} empty={t('plans.notFound')}>
      {(found) => <PlanArticle page={found} selection={selection} />}
    </QueryState>
  );
}

/** The plan's figures, overall and by area, and its tasks under each area. */
function PlanArticle({ page, selection }: { page: PlanPage; selection: ReturnType<typeof useTaskSelection> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const { detail } = page;
  const { plan: p, areas } = detail;
  const interior = canEditPlans(me.role);
  const canSelect = interior && p.status !== 'closed';
  const overall = formatRatio(detail.done, detail.total, lang);
  const tasksByArea = new Map<number, PlanTask[]>();
  for (const task of page.tasks) {
    const list = tasksByArea.get(task.area_id) ?? [];
    list.push(task);
    tasksByArea.set(task.area_id, list);
  }

  return (
    <article aria-labelledby="plan-title">
      <Link to="/plans" className="backlink">
        {t('plans.backToPlans')}
      </Link>
      <header className="plan-head">
        <div className="plan-card-head">
          <span className="plan-doc">{p.doc_number}</span>
          <span className={`badge badge-plan-${p.status}`}>{t(`plans.statuses.${p.status}`)}</span>
        </div>
        <h1 id="plan-title">{p.title}</h1>
        <p className="muted">{p.issued_on ? t('plans.issuedBy', { issuer: p.issuer, date: formatDate(p.issued_on) }) : p.issuer}</p>
      </header>

      <section className="card headline" aria-label={t('plans.overall')}>
        <p className="headline-figure" data-testid="plan-ratio">
          {t('plans.doneOfTotal', { count: formatCount(detail.done, detail.total, lang), percent: formatPercent(detail.done, detail.total, lang) })}
        </p>
        <ProgressBar value={detail.done} max={detail.total} label={overall} labelledBy="plan-title" />
        {detail.cancelled > 0 ? <p className="muted">{t('plans.cancelledNote', { count: detail.cancelled })}</p> : null}
      </section>

      {interior ? <PlanAdminBar plan={p} taskCount={detail.total} /> : null}

      <h2>{t('plans.byArea')}</h2>
      {areas.map(({ area, done, total }) => {
        const ratio = formatRatio(done, total, lang);
        const areaName = lang === 'vi' ? area.name_vi : area.name_en;
        const list = tasksByArea.get(area.id) ?? [];
        return (
          <section key={area.id} className="card area" aria-labelledby={`area-${area.id}`}>
            <div className="area-head">
              <h3 id={`area-${area.id}`}>
                {area.id}. {areaName}
              </h3>
              <Link
                className="ratio ratio-link"
                to={taskListHref({ plan: p.id, area: area.id })}
                aria-label={t('plans.areaTasksLink', { ratio, area: areaName })}
              >
                <span data-testid={`area-ratio-${area.id}`}>{ratio}</span>
              </Link>
            </div>
            <ProgressBar value={done} max={total} label={ratio} labelledBy={`area-${area.id}`} />
            {list.length === 0 ? (
              <p className="muted">{t('tasks.noTasks')}</p>
            ) : (
              <AreaTaskTable tasks={list} areaName={areaName} canSelect={canSelect} selection={selection} />
            )}
          </section>
        );
      })}
      {canSelect && detail.total + detail.cancelled > 0 ? <BulkActionBar planId={p.id} planStatus={p.status} selection={selection} /> : null}
    </article>
  );
}

/**
 * One area's tasks.  A long list (a ministry's plan has over a thousand tasks)
 * is drawn a window at a time (app/components/ui/virtual-rows.ts); printing
 * draws every row.
 */
function AreaTaskTable({ tasks, areaName, canSelect, selection }: {
  tasks: PlanTask[];
  areaName: string;
  canSelect: boolean;
  selection: ReturnType<typeof useTaskSelection>;
}) {
  const { t } = useTranslation();
  const v = useVirtualRows(tasks);
  const columns = canSelect ? 6 : 5;
  return (
    <div className="table-wrap ui-table-wrap">
      <table className="table ui-table plan-task-table" aria-rowcount={tasks.length + 1} data-windowed={v.windowed || undefined}>
        <thead>
          <tr aria-rowindex={1}>
            {canSelect ? (
              <th scope="col" className="col-select">
                <SelectAreaBox tasks={tasks} areaName={areaName} selection={selection} />
              </th>
            ) : null}
            <th scope="col" className="col-ordinal">{t('tasks.ordinal')}</th>
            <th scope="col">{t('tasks.title')}</th>
            <th scope="col" className="col-unit">{t('tasks.leadUnit')}</th>
            <th scope="col" className="col-date">{t('tasks.dueDate')}</th>
            <th scope="col" className="col-status">{t('tasks.status')}</th>
          </tr>
        </thead>
        <tbody ref={v.bodyRef}>
          <VirtualSpacer height={v.before} columns={columns} />
          {v.rows.map(({ row: task, index }) => (
            <tr key={task.id} ref={v.measure} data-index={index} aria-rowindex={index + 2}>
              {canSelect ? (
                <td className="col-select">
                  <SelectTaskBox task={task} selection={selection} />
                </td>
              ) : null}
              <td className="col-ordinal">{task.ordinal}</td>
              <td className="col-title">
                <TaskLink className="task-title" taskId={task.id}>
                  {task.title}
                </TaskLink>
                {task.carried_from_plan_doc_number ? (
                  <div className="small carry-mark">{t('taskList.carriedFrom', { plan: task.carried_from_plan_doc_number })}</div>
                ) : null}
                {task.carried_to_plan_doc_number ? (
                  <div className="small carry-mark">{t('taskList.carriedTo', { plan: task.carried_to_plan_doc_number })}</div>
                ) : null}
                {task.expected_output ? (
                  <div className="muted small">
                    {t('tasks.expectedOutput')}: {task.expected_output}
                  </div>
                ) : null}
              </td>
              <td className="col-unit" data-label={t('tasks.leadUnit')}>{task.lead_unit?.short_name ?? task.lead_unit?.name}</td>
              <td className="col-date" data-label={t('tasks.dueDate')}>
                {formatDate(task.due_date)}
                {task.cadence !== 'once' ? <div className="muted small">{t(`tasks.cadences.${task.cadence}`)}</div> : null}
              </td>
              <td className="col-status" data-label={t('tasks.status')}>
                <TaskStatusBadge status={task.status} />
              </td>
            </tr>
          ))}
          <VirtualSpacer height={v.after} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, [planPageQueryOptions(params.planId!)]);
