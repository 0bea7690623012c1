import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { TaskStatusBadge } from '../../../components/ui/TaskStatusBadge';
import { formatDate } from '../../../lib/format';
import type { Tables } from '../../../lib/database.types';
import type { PlanTask } from '../../../data/tasks/get-plan-tasks';
import type { PlanWithProgress } from '../../../data/plans/get-plans';
import { nextYearDate, useCarryOver, type CarriedTask } from '../../../data/plans/carry-over';
import { DateField } from '../../../components/ui/DateField';

const OPEN = new Set(['not_started', 'in_progress', 'submitted', 'returned']);

/**
 * Year end: pick the unfinished tasks of `plan` to continue in next year's
 * plan, each with its new due date (proposed: a year later), and carry them
 * in one transaction.  The tasks stay not done in this plan.
 */
export function CarryOverForm({ plan, tasks, plans }: { plan: Tables<'plans'>; tasks: PlanTask[]; plans: PlanWithProgress[] }) {
  const { t } = useTranslation();
  const targets = useMemo(() => plans.filter((p) => p.year === plan.year + 1 && p.status !== 'closed'), [plans, plan.year]);
  const open = useMemo(() => tasks.filter((task) => OPEN.has(task.status)), [tasks]);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [dues, setDues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ plan: PlanWithProgress; carried: CarriedTask[] } | null>(null);
  const carry = useCarryOver();
  const target = targets.find((p) => p.id === targetId);
  const year = plan.year + 1;

  if (targets.length === 0) {
    return (
      <div className="pa-note" role="status">
        <p>{t('planAdmin.carry.noTarget', { year })}</p>
        <Link to="/plans/new">{t('planAdmin.newPlan')}</Link>
      </div>
    );
  }
  if (open.length === 0) {
    return <p className="pa-note" role="status">{t('planAdmin.carry.nothingOpen')}</p>;
  }

  const dueOf = (task: PlanTask) => dues[task.id] ?? nextYearDate(task.due_date) ?? '';
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setProblem(null);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const picked = open.filter((task) => chosen.has(task.id));
    if (picked.length === 0) return setProblem(t('planAdmin.carry.chooseOne'));
    const outside = picked.find((task) => {
      const due = dueOf(task);
      return due !== '' && !due.startsWith(`${year}-`);
    });
    if (outside) return setProblem(t('planAdmin.carry.dueOutsideYear', { ordinal: outside.ordinal, year }));
    setProblem(null);
    carry.mutate(
      { targetPlanId: targetId, tasks: picked.map((task) => ({ id: task.id, due: dueOf(task) || null })) },
      {
        onSuccess: (carried) => {
          setDone({ plan: target!, carried });
          setChosen(new Set());
        },
      },
    );
  };

  return (
    <form className="pa-form" onSubmit={onSubmit} noValidate aria-labelledby="carry-form-title">
      <h2 id="carry-form-title" className="card-title">
        {t('planAdmin.carry.formTitle', { year })}
      </h2>
      <div className="field">
        <label htmlFor="carry-target">{t('planAdmin.carry.target')}</label>
        <select id="carry-target" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          {targets.map((p) => (
            <option key={p.id} value={p.id}>
              {t('planAdmin.carry.targetOption', { plan: p.doc_number, year: p.year, title: p.title })}
            </option>
          ))}
        </select>
      </div>

      <div className="table-wrap">
        <table className="table carry-table">
          <caption className="muted small carry-caption">{t('planAdmin.carry.caption', { count: open.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-select">
                <span className="visually-hidden">{t('planAdmin.carry.choose')}</span>
              </th>
              <th scope="col" className="col-ordinal">{t('tasks.ordinal')}</th>
              <th scope="col">{t('tasks.title')}</th>
              <th scope="col" className="col-date">{t('planAdmin.carry.oldDue')}</th>
              <th scope="col" className="col-date">{t('planAdmin.carry.newDue')}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((task) => {
              const already = task.carried_to_plan_doc_number;
              const id = `carry-${task.id}`;
              return (
                <tr key={task.id} className={already ? 'is-disabled' : undefined}>
                  <td className="col-select">
                    <input
                      id={id}
                      type="checkbox"
                      className="pa-check"
                      checked={chosen.has(task.id)}
                      disabled={Boolean(already) || carry.isPending}
                      onChange={() => toggle(task.id)}
                      aria-label={t('planAdmin.carry.chooseTask', { ordinal: task.ordinal, title: task.title })}
                    />
                  </td>
                  <td className="col-ordinal">{task.ordinal}</td>
                  <td>
                    <label htmlFor={id} className="carry-title">
                      {task.title}
                    </label>
                    <div className="muted small">
                      {task.lead_unit?.short_name ?? task.lead_unit?.name} · <TaskStatusBadge status={task.status} />
                    </div>
                    {already ? <div className="small carry-mark">{t('taskList.carriedTo', { plan: already })}</div> : null}
                  </td>
                  <td className="col-date">{formatDate(task.due_date)}</td>
                  <td className="col-date">
                    {already ? (
                      <span className="muted">—</span>
                    ) : (
                      <DateField
                        className="carry-due"
                        value={dueOf(task)}
                        min={`${year}-01-01`}
                        max={`${year}-12-31`}
                        disabled={!chosen.has(task.id) || carry.isPending}
                        onChange={(value) => setDues({ ...dues, [task.id]: value })}
                        aria-label={t('planAdmin.carry.newDueOf', { ordinal: task.ordinal })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className="muted small">{t('planAdmin.carry.explain', { plan: plan.doc_number })}</p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <DbErrorMessage error={carry.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={carry.isPending}>
          {t('planAdmin.carry.submit', { count: chosen.size, plan: target?.doc_number ?? '' })}
        </button>
        <Link className="button" to={`/plans/${plan.id}`}>
          {t('common.cancel')}
        </Link>
      </div>
      {done ? (
        <p className="pa-bulk-done" role="status">
          {t('planAdmin.carry.done', {
            count: done.carried.length,
            plan: done.plan.doc_number,
            ordinals: done.carried.map((c) => c.ordinal).join(', '),
          })}{' '}
          <Link to={`/plans/${done.plan.id}`}>{t('planAdmin.carry.openTarget', { plan: done.plan.doc_number })}</Link>
        </p>
      ) : null}
    </form>
  );
}
