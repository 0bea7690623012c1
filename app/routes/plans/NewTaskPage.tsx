import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { Empty } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { combine } from '../../data/combine';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { TaskForm } from '../../features/plan-admin/components/TaskForm';
import '../../features/plan-admin/plan-admin.css';
import { planQueryOptions } from '../../data/plans/get-plan';
import { planRowsQueryOptions } from '../../data/tasks/get-plan-rows';
import { unitsQueryOptions } from '../../data/units/get-units';
import { areasQueryOptions } from '../../data/reference/get-areas';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

/** The plan and its task rows (for the numbers already used). */
const newTaskQueries = (planId: string) => [planQueryOptions(planId), planRowsQueryOptions(planId)] as const;

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The plan and the numbers its tasks already use, or null when there is no such plan.
  const page = useQueries({
    queries: newTaskQueries(planId),
    combine: combine(([detail, rows]) => {
      const plan = detail?.plan;
      return plan ? { plan, ordinals: rows.map((r) => r.ordinal) } : null;
    }),
  });
  const back = () => navigate(`/plans/${planId}`);

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="new-task-title">
        <Link to={`/plans/${planId}`} className="backlink">
          {t('planAdmin.backToPlan')}
        </Link>
        <h1 id="new-task-title">{t('planAdmin.task.newTitle')}</h1>
        <QueryState query={page} empty={t('planAdmin.planNotFound')}>
          {(found) =>
            found.plan.status === 'closed' ? (
              <Empty>{t('planAdmin.plan.closedReadOnly')}</Empty>
            ) : (
              <>
                <p className="muted">
                  {found.plan.doc_number} · {found.plan.title}
                  {found.plan.status === 'in_force' ? <span className="pa-note pa-note-inline">{t('planAdmin.task.amendNote')}</span> : null}
                </p>
                <TaskForm planId={planId} planStatus={found.plan.status} ordinals={found.ordinals} onSaved={back} onCancel={back} />
              </>
            )
          }
        </QueryState>
      </section>
    </InteriorOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => 
  prefetch(queryClient, [...newTaskQueries(params.planId!), unitsQueryOptions(), areasQueryOptions()]);
