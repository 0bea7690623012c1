import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { Empty } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { combine } from '../../data/combine';
import { planQueryOptions } from '../../data/plans/get-plan';
import { plansQueryOptions } from '../../data/plans/get-plans';
import { planTasksQueryOptions } from '../../data/tasks/get-plan-tasks';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { CarryOverForm } from '../../features/plan-admin/components/CarryOverForm';
import '../../features/plan-admin/plan-admin.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

/** Year end (Home Affairs): carry a plan's unfinished tasks into next year's plan. */
/** The plan, its tasks and the plans they can go to. */
const carryOverQueries = (planId: string) => [planQueryOptions(planId), planTasksQueryOptions(planId), plansQueryOptions()] as const;

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  // The plan, its tasks and the plans they can go to, or null when there is no such plan.
  const page = useQueries({
    queries: carryOverQueries(planId),
    combine: combine(([detail, tasks, plans]) => {
      const plan = detail?.plan;
      return plan ? { plan, tasks, plans } : null;
    }),
  });

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="carry-title">
        <Link to={`/plans/${planId}`} className="backlink">
          {t('planAdmin.backToPlan')}
        </Link>
        <h1 id="carry-title">{t('planAdmin.carry.title')}</h1>
        <QueryState query={page} empty={t('planAdmin.planNotFound')}>
          {(found) =>
            found.plan.status === 'draft' ? (
              <Empty>{t('planAdmin.carry.draft')}</Empty>
            ) : (
              <>
                <p className="muted">
                  {found.plan.doc_number} · {found.plan.title}
                </p>
                <CarryOverForm key={planId} plan={found.plan} tasks={found.tasks} plans={found.plans} />
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
  prefetch(queryClient, carryOverQueries(params.planId!));
