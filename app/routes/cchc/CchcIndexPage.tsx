import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../components/layout/me';
import { formatDate } from '../../lib/format';
import { cchcSetsQueryOptions, useCchcSets } from '../../data/cchc/get-sets';
import { useMyCchcAssessments } from '../../data/cchc/get-assessments';
import { StatusBadge } from '../../features/cchc/components/StatusBadge';
import '../../features/cchc/cchc.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { worksForOneUnit } from '../../lib/permissions';
import { QueryState } from '../../components/ui/QueryState';

export const loader = () => prefetch(queryClient, [cchcSetsQueryOptions()]);

/** The index sets by year; a head of unit starts from its own assessments. */
export function Component() {
  const { t } = useTranslation();
  const me = useMe();
  const sets = useCchcSets();
  const mine = useMyCchcAssessments(worksForOneUnit(me.role) ? me.unitId : null);

  return (
    <section aria-labelledby="cchc-title" className="cchc-page">
      <h1 id="cchc-title">{t('cchc.title')}</h1>
      <p className="muted">{t('cchc.intro')}</p>

      {worksForOneUnit(me.role) ? (
        <section className="card" aria-labelledby="cchc-mine-title">
          <h2 id="cchc-mine-title">{t('cchc.mine.title', { unit: me.unitName ?? '' })}</h2>
          <QueryState query={mine}>
            {(mineData) =>
              mineData.length === 0 ? (
              <p className="muted">{t('cchc.mine.none')}</p>
              ) : (
                <ul className="cchc-set-list">
                  {mineData.map((a) => (
                    <li key={a.id}>
                      <Link to={`/chi-so-cchc/danh-gia/${a.id}`}>{a.set?.name ?? a.id}</Link> <StatusBadge status={a.status} />
                      {a.status === 'draft' ? (
                        <span className="small muted"> · {t('cchc.mine.window', { from: formatDate(a.self_from), to: formatDate(a.self_to) })}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
      ) : null}

      <section className="card" aria-labelledby="cchc-sets-title">
        <h2 id="cchc-sets-title">{t('cchc.sets.title')}</h2>
        <QueryState query={sets} empty={t('cchc.sets.none')}>
          {(setsData) => (
            <ul className="cchc-set-list">
              {setsData.map((s) => (
                <li key={s.id}>
                  <Link to={`/chi-so-cchc/bo/${s.id}`}>{s.name}</Link>{' '}
                  <span className={`badge ${s.status === 'published' ? 'badge-done' : s.status === 'open' ? 'badge-in_progress' : 'badge-not_started'}`}>
                    {t(`cchc.setStatuses.${s.status}`)}
                  </span>
                  <span className="small muted">
                    {' '}
                    · {t(`cchc.targets.${s.target}`)}
                    {s.decision_doc ? ` · ${t('cchc.set.decision', { doc: s.decision_doc })}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </section>
  );
}
