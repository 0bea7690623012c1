import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../components/layout/me';
import { Empty } from '../../components/ui/states';
import { formatDate, formatNumber } from '../../lib/format';
import { taskListHref } from '../../lib/task-filters';
import { useLang } from '../../i18n';
import { useUnitAttention, type UnitCounts } from '../../data/tasks/get-unit-attention';
import { ATTENTION_KINDS, attentionFilters, OVERDUE_AGES, type AttentionKind } from '../../lib/attention';
import { AttentionList } from '../../features/my-unit/components/AttentionList';
import { CchcRiskPanel } from '../../features/cchc/components/CchcRiskPanel';
import { QueryState } from '../../components/ui/QueryState';

const COUNT_OF: Record<AttentionKind, keyof UnitCounts> = {
  dueSoon: 'due_soon',
  overdue: 'overdue',
  returned: 'returned',
  submitted: 'submitted',
};
const AGED_COUNT = { 30: 'overdue_30', 90: 'overdue_90', 120: 'overdue_120' } as const;

export function Component() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const attention = useUnitAttention(me.unitId);
  const n = (value: number) => formatNumber(value, lang);

  if (!me.unitId) {
    return (
      <section aria-labelledby="my-unit-title">
        <h1 id="my-unit-title">{t('myUnit.title')}</h1>
        <Empty>
          <p>{t('myUnit.noUnit')}</p>
          <Link className="button" to="/tasks">
            {t('myUnit.toTaskList')}
          </Link>
        </Empty>
      </section>
    );
  }

  return (
    <section aria-labelledby="my-unit-title" className="my-unit">
      <h1 id="my-unit-title">{t('myUnit.title')}</h1>
      <QueryState query={attention}>
        {(attentionData) => (
          <>
            <p className="muted">{t('myUnit.subtitle', { unit: me.unitName ?? '', date: formatDate(attentionData.window.today) })}</p>
            <ul className="count-grid" aria-label={t('myUnit.summary')}>
              {ATTENTION_KINDS.map((kind) => {
                const total = attentionData.counts[COUNT_OF[kind]] as number;
                const label = t(`myUnit.counts.${kind}`);
                return (
                  <li key={kind} className={`card count-card count-${kind}${total > 0 ? ' has-items' : ''}`}>
                    <Link
                      className="count-link"
                      to={taskListHref(attentionFilters(kind, attentionData.window))}
                      aria-label={t('myUnit.countLabel', { label, total: n(total) })}
                      data-testid={`count-${kind}`}
                    >
                      <span className="count-figure">{n(total)}</span>
                      <span className="count-label">{label}</span>
                    </Link>
                    <span className="muted small">
                      {t(`myUnit.hints.${kind}`, { date: formatDate(attentionData.window.dueSoonUntil) })}
                    </span>
                    {kind === 'overdue' ? (
                      <ul className="aged-links" aria-label={t('myUnit.aged')}>
                        {OVERDUE_AGES.map((days) => {
                          const aged = attentionData.counts[AGED_COUNT[days]];
                          return (
                            <li key={days}>
                              <Link
                                to={taskListHref(attentionFilters('overdue', attentionData.window, days))}
                                aria-label={t('myUnit.agedLabel', { days, total: n(aged) })}
                                data-testid={`count-overdue-${days}`}
                              >
                                {t('myUnit.agedLink', { days, total: n(aged) })}
                              </Link>
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>

            <div className="attention-grid">
              {ATTENTION_KINDS.map((kind) => (
                <AttentionList
                  key={kind}
                  kind={kind}
                  tasks={attentionData.lists[kind]}
                  total={attentionData.counts[COUNT_OF[kind]] as number}
                  href={taskListHref(attentionFilters(kind, attentionData.window))}
                />
              ))}
            </div>
            <p>
              <Link to={taskListHref({ unit: me.unitId ?? undefined })}>{t('myUnit.allTasks', { total: n(attentionData.counts.total) })}</Link>
            </p>
            <CchcRiskPanel scope="unit" />
          </>
        )}
      </QueryState>
    </section>
  );
}
