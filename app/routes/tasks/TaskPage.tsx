import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/ui/QueryState';
import { ProgressBar } from '../../components/ui/ProgressBar';
import { useMe } from '../../components/layout/me';
import { formatDate } from '../../lib/format';
import { useLang } from '../../i18n';
import { taskViewQueryOptions, useTaskView, type TaskPageTask, type TaskView } from '../../data/tasks/get-task-view';
import { taskKeys } from '../../data/tasks/keys';
import { canComment, canEditPlans, canWorkOn, nextStatuses } from '../../lib/permissions';
import { StatusActions } from '../../features/tasks/components/StatusActions';
import { ProgressForm } from '../../features/tasks/components/ProgressForm';
import { EvidencePanel } from '../../features/tasks/components/EvidencePanel';
import { CommentsPanel } from '../../features/tasks/components/CommentsPanel';
import { HistoryTimeline } from '../../features/tasks/components/HistoryTimeline';
import { ExtensionForm } from '../../features/tasks/components/ExtensionForm';
import { CarryChain } from '../../features/tasks/components/CarryChain';
import { carryChainQueryOptions, useCarryChain, type CarryStep } from '../../data/tasks/get-carry-chain';
import { TaskStatusBadge } from '../../components/ui/TaskStatusBadge';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { PlanLink } from '../../components/links';
import { timelinessText } from '../../lib/timeliness-text';

export function Component() {
  const { taskId = '' } = useParams();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The task, its evidence, comments and history: one request (task_page);
  // the carry-over chain across years beside it.
  const view = useTaskView(taskId);
  const chain = useCarryChain(taskId);
  const reload = () => void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });

  return (
    <QueryState query={view} empty={t('tasks.notFound')}>
      {(found) => <TaskArticle taskId={taskId} view={found} chain={chain.data ?? []} onReload={reload} />}
    </QueryState>
  );
}

/** The task with its evidence, comments and history. */
function TaskArticle({ taskId, view, chain, onReload }: { taskId: string; view: TaskView; chain: CarryStep[]; onReload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const data = view.task;
  const evidence = view.evidence;
  const actor = { role: me.role, unitId: me.unitId };
  const working = canWorkOn(actor, data, data.plan.status);
  const next = nextStatuses(actor, data, data.plan.status);
  const open = !['done', 'cancelled'].includes(data.status);
  const extended = data.original_due_date && data.due_date !== data.original_due_date;
  // An extension approved after the deadline had passed moves the due date,
  // not the date the task is judged against.
  const judgedEarlier = Boolean(data.judged_due_date && data.due_date && data.judged_due_date !== data.due_date);
  const editsPlans = canEditPlans(me.role);
  const canExtend = editsPlans && data.plan.status === 'in_force' && open && Boolean(data.due_date);
  const mayComment = canComment(actor, { lead_unit_id: data.lead_unit.id, coordinatorUnitIds: data.coordinators.map((c) => c.unit.id) });

  return (
    <article aria-labelledby="task-title" className="task-page">
      <nav className="breadcrumbs" aria-label={t('tasks.breadcrumbs')}>
        <Link to="/plans">{t('nav.plans')}</Link> ›{' '}
        <PlanLink planId={data.plan.id}>{data.plan.doc_number}</PlanLink> › {t('tasks.task')} {data.ordinal}
      </nav>
      <header className="task-head">
        <div className="plan-card-head">
          <span className="plan-doc">
            {t('tasks.task')} {data.ordinal} · {lang === 'vi' ? data.area.name_vi : data.area.name_en}
          </span>
          <span className="task-tags">
            <TaskStatusBadge status={data.status} />
            <Timeliness timeliness={data.timeliness} daysLate={data.days_late} />
          </span>
        </div>
        <h1 id="task-title">{data.title}</h1>
        {editsPlans && data.plan.status !== 'closed' ? (
          <Link className="button button-small" style={{ textDecoration: 'none', display: 'inline-block' }} to={`/tasks/${data.id}/edit`}>
            {t('tasks.editTask')}
          </Link>
        ) : null}
      </header>

      <div className="task-grid">
        <div className="task-main">
          <section className="card" aria-label={t('tasks.details')}>
            <dl className="facts">
              <dt>{t('tasks.expectedOutput')}</dt>
              <dd>{data.expected_output ?? '—'}</dd>
              <dt>{t('tasks.leadUnit')}</dt>
              <dd>{data.lead_unit.name}</dd>
              <dt>{t('tasks.coordinators')}</dt>
              <dd>{data.coordinators.length ? data.coordinators.map((c) => c.unit.short_name ?? c.unit.name).join(', ') : '—'}</dd>
              <dt>{t('tasks.period')}</dt>
              <dd>
                {formatDate(data.start_date) || '—'} → {formatDate(data.due_date) || '—'}
                {data.cadence !== 'once' ? ` · ${t(`tasks.cadences.${data.cadence}`)}` : ''}
                {extended ? (
                  <div className="muted small">{t('tasks.originalDue', { date: formatDate(data.original_due_date) })}</div>
                ) : null}
                {judgedEarlier ? (
                  <div className="small" data-testid="judged-due">
                    {t('tasks.judgedDue', { date: formatDate(data.judged_due_date) })}
                  </div>
                ) : null}
              </dd>
              {data.extensions.map((ext) => (
                <div key={ext.id} className="facts-row">
                  <dt>{t('tasks.extension')}</dt>
                  <dd>
                    {formatDate(ext.previous_due_date)} → {formatDate(ext.new_due_date)} ·{' '}
                    {t('tasks.extensionDoc', { doc: ext.doc_number, date: formatDate(ext.doc_date) })}
                  </dd>
                </div>
              ))}
              <dt id="task-progress-label">{t('tasks.progress')}</dt>
              <dd>
                <ProgressBar value={data.progress} max={100} label={`${data.progress}%`} labelledBy="task-progress-label" />
                <span className="small">{data.progress}%</span>
                {data.progress_note ? <p className="small note">{data.progress_note}</p> : null}
              </dd>
              {data.completed_on ? (
                <>
                  <dt>{t('tasks.completedOn')}</dt>
                  <dd>{formatDate(data.completed_on)}</dd>
                </>
              ) : null}
              {data.status_reason ? (
                <>
                  <dt>{t(data.status === 'cancelled' ? 'tasks.cancelReason' : 'tasks.returnReason')}</dt>
                  <dd className="reason">{data.status_reason}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <CarryChain taskId={taskId} steps={chain} />
          <StatusActions task={data} next={next} evidenceCount={evidence.length} onReload={onReload} />
          {working && open ? <ProgressForm task={data} onReload={onReload} /> : null}
          {canExtend ? <ExtensionForm key={data.due_date} task={data} /> : null}
          <CommentsPanel taskId={taskId} comments={view.comments} canComment={mayComment && data.plan.status !== 'closed'} />
        </div>
        <div className="task-side">
          <EvidencePanel
            taskId={taskId}
            evidence={evidence}
            canAdd={working && open}
            canRemove={working && ['not_started', 'in_progress', 'returned'].includes(data.status)}
          />
          <HistoryTimeline events={view.events} />
        </div>
      </div>
    </article>
  );
}

/** On time, late by so many days, or not yet due: the rule every figure uses (private.timeliness). */
function Timeliness({ timeliness, daysLate }: { timeliness: TaskPageTask['timeliness']; daysLate: number | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!timeliness || timeliness === 'cancelled') return null;
  return (
    <span className={`timeliness-tag timeliness-${timeliness}`} data-testid="task-timeliness">
      {timeliness === 'open_not_due' ? t('timeliness.notDue') : timelinessText(t, timeliness, lang, daysLate)}
    </span>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) =>
  prefetch(queryClient, [taskViewQueryOptions(params.taskId!), carryChainQueryOptions(params.taskId!)]);
