import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { formatDate } from '../../../lib/format';
import { useComputedTasks, type ComputedTask } from '../../../data/cchc/get-details';

/** The tasks a plan-driven score counts, as of the same day as the score. */
export function ComputedTasks({ assessmentId, itemId }: { assessmentId: string; itemId: string }) {
  const tasks = useComputedTasks(assessmentId, itemId, true);
  return <QueryState query={tasks}>{(rows) => <TaskTable rows={rows} />}</QueryState>;
}

function TaskTable({ rows }: { rows: ComputedTask[] }) {
  const { t } = useTranslation();
  const total = rows[0]?.total_count ?? 0;
  return (
    <div className="table-wrap">
      <table className="table cchc-task-table">
        <caption className="visually-hidden">{t('cchc.item.tasksCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cchc.tasks.ordinal')}</th>
            <th scope="col">{t('cchc.tasks.title')}</th>
            <th scope="col">{t('cchc.tasks.deadline')}</th>
            <th scope="col">{t('cchc.tasks.timeliness')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((task) => (
            <tr key={task.task_id} className={task.counts_as_due ? undefined : 'muted'}>
              <td>{task.ordinal}</td>
              <td>
                <Link to={`/tasks/${task.task_id}`}>{task.title}</Link>
              </td>
              <td>{formatDate(task.deadline)}</td>
              <td>
                {t(`timeliness.${task.timeliness}`)}
                {task.counts_as_due ? '' : ` (${t('cchc.tasks.notCounted')})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? <p className="small muted">{t('cchc.tasks.more', { shown: rows.length, total })}</p> : null}
    </div>
  );
}
