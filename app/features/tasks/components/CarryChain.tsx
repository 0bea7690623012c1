// "Chuyển tiếp": the plans a task was carried through, year by year, shown on
// the task page when the task continues an earlier one or is continued.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarryStep } from '../../../data/tasks/get-carry-chain';

export function CarryChain({ taskId, steps }: { taskId: string; steps: CarryStep[] }) {
  const { t } = useTranslation();
  if (steps.length < 2) return null;
  return (
    <section className="card" aria-labelledby="carry-chain-title">
      <h2 id="carry-chain-title">{t('tasks.carry.title')}</h2>
      <ol className="carry-chain">
        {steps.map((s) => {
          const label = t('tasks.carry.step', { plan: s.plan_doc_number, year: s.plan_year, ordinal: s.ordinal });
          const status = t(`tasks.statuses.${s.status}`);
          return (
            <li key={s.task_id}>
              {s.task_id === taskId ? (
                <strong aria-current="page">{label}</strong>
              ) : (
                <Link to={`/tasks/${s.task_id}`}>{label}</Link>
              )}{' '}
              <span className="muted small">· {status}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
