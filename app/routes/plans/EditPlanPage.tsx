import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/ui/states';
import { usePlanRecord } from '../../data/plans/get-plan';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { PlanForm } from '../../features/plan-admin/components/PlanForm';
import '../../features/plan-admin/plan-admin.css';
import { planQueryOptions } from '../../data/plans/get-plan';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRecord(planId);
  const back = () => navigate(`/plans/${planId}`);

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="edit-plan-title">
        <Link to={`/plans/${planId}`} className="backlink">
          {t('planAdmin.backToPlan')}
        </Link>
        <h1 id="edit-plan-title">{t('planAdmin.plan.editTitle')}</h1>
        <QueryState query={plan} empty={t('planAdmin.planNotFound')}>
          {(found) =>
            found.status === 'closed' ? (
              <Empty>{t('planAdmin.plan.closedReadOnly')}</Empty>
            ) : (
              <PlanForm plan={found} onSaved={back} onCancel={back} />
            )
          }
        </QueryState>
      </section>
    </InteriorOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, [planQueryOptions(params.planId!)]);
