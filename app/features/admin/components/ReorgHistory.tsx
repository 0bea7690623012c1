import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Unit } from '../../../data/units/get-units';
import { useReorganisations } from '../../../data/units/get-reorganisations';
import { describeHistory } from '../lib/reorg-history';
import { QueryState } from '../../../components/ui/QueryState';

/** Every merger, split and renaming, newest first, naming the units as they were called on the day. */
export function ReorgHistory({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  const history = useReorganisations();
  const entries = useMemo(() => (history.data ? describeHistory(history.data, units) : []), [history.data, units]);

  return (
    <section className="admin-section" aria-labelledby="reorg-history-title">
      <h2 id="reorg-history-title">{t('admin.reorg.history.title')}</h2>
      <QueryState query={history} empty={t('admin.reorg.history.empty')} isEmpty={() => entries.length === 0}>
        {() => (
          <ol className="reorg-history" aria-label={t('admin.reorg.history.listLabel')}>
            {entries.map((entry) => {
              const rename = entry.kind === 'rename';
              return (
                <li key={entry.id} className="card reorg-entry">
                  <div className="reorg-entry-head">
                    <span className={`badge badge-reorg-${entry.kind}`}>{t(`admin.reorg.history.kinds.${entry.kind}`)}</span>
                    <strong>{t('admin.reorg.history.effective', { date: formatDate(entry.effective_on) })}</strong>
                    {entry.decision ? <span className="muted">{t('admin.reorg.history.decision', { decision: entry.decision })}</span> : null}
                  </div>
                  <dl className="reorg-entry-units">
                    <div>
                      <dt>{t(rename ? 'admin.reorg.history.fromRename' : 'admin.reorg.history.from')}</dt>
                      <dd>{entry.from.join('; ')}</dd>
                    </div>
                    <div>
                      <dt>{t(rename ? 'admin.reorg.history.toRename' : 'admin.reorg.history.to')}</dt>
                      <dd>{entry.to.join('; ')}</dd>
                    </div>
                  </dl>
                  {entry.note ? <p className="muted small reorg-entry-note">{entry.note}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
