import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TaskStatusBadge } from '../../../components/ui/TaskStatusBadge';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLang } from '../../../i18n';
import type { AttentionTask } from '../../../data/tasks/get-unit-attention';
import type { AttentionKind } from '../../../lib/attention';
import { TaskLink } from '../../../components/links';

interface Props {
  kind: AttentionKind;
  tasks: AttentionTask[];
  total: number;
  href: string;
}

/** The first few tasks of one group, with a link to all of them in the task list. */
export function AttentionList({ kind, tasks, total, href }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `attention-${kind}`;
  return (
    <section className="card attention" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {t(`myUnit.counts.${kind}`)} <span className="muted">({formatNumber(total, lang)})</span>
      </h2>
      {tasks.length === 0 ? (
        <p className="muted small">{t(`myUnit.empty.${kind}`)}</p>
      ) : (
        <ul className="attention-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskLink className="task-title" taskId={task.id!}>
                {task.ordinal}. {task.title}
              </TaskLink>
              <div className="attention-meta small">
                <span className="muted">
                  {task.plan_doc_number} ({task.plan_year})
                </span>
                {task.due_date ? <span>{t('myUnit.due', { date: formatDate(task.due_date) })}</span> : null}
                {task.timeliness === 'open_overdue' && task.days_late ? (
                  <span className="late">{t('myUnit.daysLate', { days: formatNumber(task.days_late, lang) })}</span>
                ) : null}
                {task.status ? <TaskStatusBadge status={task.status} /> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > tasks.length ? (
        <Link className="see-all" to={href}>
          {t('myUnit.seeAll', { total: formatNumber(total, lang) })}
        </Link>
      ) : null}
    </section>
  );
}
