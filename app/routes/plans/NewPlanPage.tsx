import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { PlanForm } from '../../features/plan-admin/components/PlanForm';
import '../../features/plan-admin/plan-admin.css';

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="new-plan-title">
        <Link to="/plans" className="backlink">
          {t('planAdmin.backToPlans')}
        </Link>
        <h1 id="new-plan-title">{t('planAdmin.plan.newTitle')}</h1>
        <p className="muted">{t('planAdmin.plan.newIntro')}</p>
        <PlanForm onSaved={(id) => navigate(`/plans/${id}`)} onCancel={() => navigate('/plans')} />
      </section>
    </InteriorOnly>
  );
}
