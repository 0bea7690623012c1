import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/ProgressBar';
import { formatCount, formatDate, formatPercent, formatRatio } from '../../lib/format';
import { useLang } from '../../i18n';
import { usePlans } from '../../data/plans/get-plans';
import { useMe } from '../../components/layout/me';
import { plansQueryOptions } from '../../data/plans/get-plans';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { PlanLink } from '../../components/links';
import { canEditPlans } from '../../lib/permissions';
import { QueryState } from '../../components/ui/QueryState';

export function Component() {
  const { t } = useTranslation();
  const lang = useLang();
  const plans = usePlans();
  const me = useMe();

  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">{t('plans.title')}</h1>
      {canEditPlans(me.role) ? (
        <Link className="button button-primary" style={{ textDecoration: 'none', display: 'inline-block', marginBottom: '1rem' }} to="/plans/new">
          {t('planAdmin.newPlan')}
        </Link>
      ) : null}
      <QueryState query={plans} empty={t('plans.empty')}>
        {(plansData) => (
          <ul className="plan-list">
            {plansData.map((plan) => {
              const ratio = formatRatio(plan.done, plan.total, lang);
              return (
                <li key={plan.id} className="card plan-card">
                  <div className="plan-card-head">
                    <span className="plan-doc">{plan.doc_number}</span>
                    <span className={`badge badge-plan-${plan.status}`}>{t(`plans.statuses.${plan.status}`)}</span>
                  </div>
                  <h2 className="plan-card-title" id={`plan-title-${plan.id}`}>
                    <PlanLink planId={plan.id}>
                      {plan.title}
                    </PlanLink>
                  </h2>
                  <p className="muted">{plan.issued_on ? t('plans.issuedBy', { issuer: plan.issuer, date: formatDate(plan.issued_on) }) : plan.issuer}</p>
                  <div className="plan-card-progress">
                    <ProgressBar value={plan.done} max={plan.total} label={ratio} labelledBy={`plan-title-${plan.id}`} />
                    <span className="ratio">
                      {t('plans.doneOfTotal', { count: formatCount(plan.done, plan.total, lang), percent: formatPercent(plan.done, plan.total, lang) })}
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, [plansQueryOptions()]);
