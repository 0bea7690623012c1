import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/ui/states';
import { usePlanRecord } from '../../data/plans/get-plan';
import { usePlanRows } from '../../data/tasks/get-plan-rows';
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

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRecord(planId);
  const rows = usePlanRows(planId);
  const back = () => navigate(`/plans/${planId}`);

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="new-task-title">
        <Link to={`/plans/${planId}`} className="backlink">
          {t('planAdmin.backToPlan')}
        </Link>
        <h1 id="new-task-title">{t('planAdmin.task.newTitle')}</h1>
        {plan.isPending || rows.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
        ) : rows.isError ? (
          <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
        ) : !plan.data ? (
          <Empty>{t('planAdmin.planNotFound')}</Empty>
        ) : plan.data.status === 'closed' ? (
          <Empty>{t('planAdmin.plan.closedReadOnly')}</Empty>
        ) : (
          <>
            <p className="muted">
              {plan.data.doc_number} · {plan.data.title}
              {plan.data.status === 'in_force' ? <span className="pa-note pa-note-inline">{t('planAdmin.task.amendNote')}</span> : null}
            </p>
            <TaskForm
              planId={planId}
              planStatus={plan.data.status}
              ordinals={rows.data.map((r) => r.ordinal)}
              onSaved={back}
              onCancel={back}
            />
          </>
        )}
      </section>
    </InteriorOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, [planQueryOptions(params.planId!), planRowsQueryOptions(params.planId!), unitsQueryOptions(), areasQueryOptions()]);
