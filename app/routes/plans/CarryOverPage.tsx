import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/ui/states';
import { usePlanRecord, planQueryOptions } from '../../data/plans/get-plan';
import { usePlans, plansQueryOptions } from '../../data/plans/get-plans';
import { usePlanTasks, planTasksQueryOptions } from '../../data/tasks/get-plan-tasks';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { CarryOverForm } from '../../features/plan-admin/components/CarryOverForm';
import '../../features/plan-admin/plan-admin.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

/** Year end (Home Affairs): carry a plan's unfinished tasks into next year's plan. */
export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const plan = usePlanRecord(planId);
  const tasks = usePlanTasks(planId);
  const plans = usePlans();
  const failed = plan.isError ? plan : tasks.isError ? tasks : plans.isError ? plans : null;

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="carry-title">
        <Link to={`/plans/${planId}`} className="backlink">
          {t('planAdmin.backToPlan')}
        </Link>
        <h1 id="carry-title">{t('planAdmin.carry.title')}</h1>
        {failed ? (
          <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
        ) : plan.isPending || !tasks.data || !plans.data ? (
          <Loading />
        ) : !plan.data ? (
          <Empty>{t('planAdmin.planNotFound')}</Empty>
        ) : plan.data.status === 'draft' ? (
          <Empty>{t('planAdmin.carry.draft')}</Empty>
        ) : (
          <>
            <p className="muted">
              {plan.data.doc_number} · {plan.data.title}
            </p>
            <CarryOverForm key={planId} plan={plan.data} tasks={tasks.data} plans={plans.data} />
          </>
        )}
      </section>
    </InteriorOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) =>
  prefetch(queryClient, [planQueryOptions(params.planId!), planTasksQueryOptions(params.planId!), plansQueryOptions()]);
