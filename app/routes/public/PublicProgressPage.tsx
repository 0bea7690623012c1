// /cong-khai: the progress of every plan Home Affairs published, for anyone,
// signed in or not.  Everything on it comes from public_progress().
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { Providers } from '../../providers';
import { useLang } from '../../i18n';
import { formatDate, formatNumber, formatPercent, formatShare } from '../../lib/format';
import { usePublicProgress, type PublicPlan, type Timeliness } from '../../data/public-progress/public-progress-query';

const SPLIT: Timeliness[] = ['done_on_time', 'done_late', 'open_not_due', 'open_overdue'];

function PlanSection({ plan }: { plan: PublicPlan }) {
  const { t } = useTranslation();
  const lang = useLang();
  const h = plan.headline;
  const headingId = `plan-${plan.plan.id}`;
  return (
    <section className="card public-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{plan.plan.title}</h2>
      <p className="muted">
        {t('publicProgress.plan', {
          number: plan.plan.doc_number,
          date: formatDate(plan.plan.issued_on),
          issuer: plan.plan.issuer,
        })}
      </p>
      <p className="public-headline">
        {t('publicProgress.headline', {
          done: formatNumber(h.done, lang),
          total: formatNumber(h.total, lang),
          rate: formatPercent(h.done, h.total, lang),
        })}
      </p>

      <h3>{t('publicProgress.split')}</h3>
      <ul className="public-split">
        {SPLIT.map((key) => (
          <li key={key} className={`public-split-${key}`}>
            <span className="public-split-value">{formatNumber(h[key], lang)}</span>
            <span>{t(`timeliness.${key}`)}</span>
          </li>
        ))}
      </ul>

      <h3>{t('publicProgress.areas')}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('publicProgress.col.area')}</th>
              <th scope="col" className="num">{t('publicProgress.col.total')}</th>
              <th scope="col" className="num">{t('publicProgress.col.done')}</th>
              <th scope="col" className="num">{t('publicProgress.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.areas.map((a) => (
              <tr key={a.area_id}>
                <th scope="row">{`${a.area_id}. ${lang === 'en' ? a.name_en : a.name_vi}`}</th>
                <td className="num">{formatNumber(a.total, lang)}</td>
                <td className="num">{formatNumber(a.done, lang)}</td>
                <td className="num">{formatPercent(a.done, a.total, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('publicProgress.units')}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">{t('publicProgress.col.rank')}</th>
              <th scope="col">{t('publicProgress.col.unit')}</th>
              <th scope="col" className="num">{t('publicProgress.col.total')}</th>
              <th scope="col" className="num">{t('publicProgress.col.done')}</th>
              <th scope="col" className="num">{t('publicProgress.col.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.units.map((u) => (
              <tr key={`${u.rank}-${u.name}`}>
                <td className="num">{u.rank}</td>
                <th scope="row">{u.name}</th>
                <td className="num">{formatNumber(u.total, lang)}</td>
                <td className="num">{formatNumber(u.done, lang)}</td>
                <td className="num">{`${formatShare(Number(u.completion_rate), lang)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('publicProgress.tasks')}</h3>
      <div className="table-scroll">
        <table className="table public-tasks">
          <thead>
            <tr>
              <th scope="col">{t('publicProgress.col.ordinal')}</th>
              <th scope="col">{t('publicProgress.col.task')}</th>
              <th scope="col">{t('publicProgress.col.lead')}</th>
              <th scope="col">{t('publicProgress.col.due')}</th>
              <th scope="col">{t('publicProgress.col.status')}</th>
              <th scope="col">{t('publicProgress.col.timeliness')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.tasks.map((task) => (
              <tr key={task.ordinal}>
                <td>{task.ordinal}</td>
                <td>{task.title}</td>
                <td>{task.lead_unit}</td>
                <td>{formatDate(task.due_date)}</td>
                <td>{t(`tasks.statuses.${task.status}`)}</td>
                <td>{t(`timeliness.${task.timeliness}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Component() {
  return (
    <Providers>
      <PublicProgress />
    </Providers>
  );
}

function PublicProgress() {
  const { t } = useTranslation();
  const query = usePublicProgress();
  const asOf = query.data?.[0]?.as_of;
  return (
    <div className="public-page">
      <header className="public-header">
        <h1>{t('publicProgress.title')}</h1>
        <div className="public-actions no-print">
          <LanguageSwitch />
          <button type="button" className="button button-small" onClick={() => window.print()}>
            {t('publicProgress.print')}
          </button>
          <Link to="/sign-in">{t('publicProgress.signIn')}</Link>
        </div>
      </header>
      <main className="public-main">
        {asOf ? <p className="muted">{t('publicProgress.intro', { date: formatDate(asOf) })}</p> : null}
        {query.isPending ? <p role="status">{t('publicProgress.loading')}</p> : null}
        {query.isError ? <p role="alert">{t('publicProgress.error')}</p> : null}
        {query.data && query.data.length === 0 ? <p>{t('publicProgress.none')}</p> : null}
        {query.data?.map((plan) => <PlanSection key={plan.plan.id} plan={plan} />)}
      </main>
    </div>
  );
}
