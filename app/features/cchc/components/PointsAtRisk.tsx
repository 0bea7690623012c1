import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useLang } from '../../../i18n';
import { riskTasks, usePointsAtRisk, useRiskOverview } from '../../../data/cchc/get-results';
import { pts } from '../lib/model';
import { QueryState } from '../../../components/ui/QueryState';

/** The criteria of one assessment whose score can still fall, the points at stake and the tasks to chase. */
export function PointsAtRisk({ assessmentId, heading = 2, link }: { assessmentId: string; heading?: 2 | 3; link?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const risk = usePointsAtRisk(assessmentId);
  const H = heading === 2 ? 'h2' : 'h3';
  const total = (risk.data ?? []).reduce((s, r) => s + Number(r.points_at_stake ?? 0), 0);
  return (
    <section className="card cchc-risk" aria-labelledby={`risk-${assessmentId}`}>
      <H id={`risk-${assessmentId}`}>{t('cchc.risk.title')}</H>
      <QueryState query={risk}>
        {(items) =>
          items.length === 0 ? (
          <p className="muted">{t('cchc.risk.none')}</p>
          ) : (
            <>
              <p>
                <strong data-testid="risk-total">{t('cchc.risk.total', { points: pts(total, lang) })}</strong>
              </p>
              <ul className="cchc-risk-list">
                {items.map((r) => {
                  const tasks = riskTasks(r);
                  return (
                    <li key={r.item_id}>
                      <p>
                        <strong>{r.code}</strong> {r.title} —{' '}
                        {t('cchc.risk.stake', { points: pts(r.points_at_stake, lang), now: pts(r.current_score, lang), max: pts(r.max_points, lang) })}
                      </p>
                      {r.source === 'indicator_rate' ? (
                        <p className="small muted">{t('cchc.risk.indicator', { rate: pts(r.measure, lang) })}</p>
                      ) : tasks.length > 0 ? (
                        <>
                          <p className="small">{t('cchc.risk.tasks', { count: r.task_count })}</p>
                          <ul className="small cchc-risk-tasks">
                            {tasks.map((task) => (
                              <li key={task.task_id}>
                                <Link to={`/tasks/${task.task_id}`}>
                                  {task.ordinal} {task.title}
                                </Link>{' '}
                                <span className={task.timeliness === 'open_overdue' ? 'cchc-overdue' : 'muted'}>
                                  ({task.deadline ? t('cchc.risk.due', { date: formatDate(task.deadline) }) : t('cchc.risk.noDeadline')}
                                  {task.timeliness === 'open_overdue' ? ` · ${t('timeliness.overdue')}` : ''})
                                </span>
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </>
          )
        }
      </QueryState>
      {link ? (
        <p>
          <Link to={link}>{t('cchc.risk.open')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** Points at risk per unit across a set (the committee's and Home Affairs' view). */
export function RiskOverview({ setId, heading = 2, limit, title }: { setId: string; heading?: 2 | 3; limit?: number; title?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const overview = useRiskOverview(setId);
  const H = heading === 2 ? 'h2' : 'h3';
  const rows = (overview.data ?? []).filter((r) => Number(r.points_at_stake) > 0);
  const shown = limit ? rows.slice(0, limit) : rows;
  return (
    <section className="card cchc-risk" aria-labelledby={`risk-set-${setId}`}>
      <H id={`risk-set-${setId}`}>{t('cchc.risk.overviewTitle')}</H>
      {title ? <p className="small muted">{title}</p> : null}
      <QueryState query={overview}>
        {() =>
          rows.length === 0 ? (
          <p className="muted">{t('cchc.risk.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('cchc.risk.overviewTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cchc.ranking.unit')}</th>
                    <th scope="col">{t('cchc.risk.points')}</th>
                    <th scope="col">{t('cchc.risk.openTasks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.assessment_id}>
                      <td>
                        <Link to={`/chi-so-cchc/danh-gia/${r.assessment_id}`}>{r.unit_name}</Link>
                      </td>
                      <td>{pts(r.points_at_stake, lang)}</td>
                      <td>{r.task_count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shown.length < rows.length ? (
                <p className="small">
                  <Link to={`/chi-so-cchc/bo/${setId}`}>{t('cchc.risk.more', { count: rows.length - shown.length })}</Link>
                </p>
              ) : null}
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
