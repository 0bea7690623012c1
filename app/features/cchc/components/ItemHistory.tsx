import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/datetime';
import type { CchcEvent } from '../../../data/cchc/get-details';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who changed what and when, with the old and new values (newest first). */
export function ItemHistory({ events, open = false }: { events: CchcEvent[]; open?: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="cchc-history" open={open}>
      <summary>{t('cchc.history.title', { count: events.length })}</summary>
      <ol className="cchc-history-list">
        {events.map((e) => {
          const changes = (e.changes ?? {}) as Record<string, unknown>;
          return (
            <li key={e.id}>
              <p className="small">
                <strong>{t(`cchc.history.actions.${e.action}`)}</strong> · {e.actor?.full_name ?? e.actor?.email ?? t('cchc.history.system')} ·{' '}
                <time dateTime={e.occurred_at}>{formatDateTime(e.occurred_at)}</time>
              </p>
              <ul className="small cchc-changes">
                {Object.entries(changes).map(([field, change]) => {
                  const c = change as { old?: unknown; new?: unknown } | null;
                  const diff = c && typeof c === 'object' && ('old' in c || 'new' in c);
                  return (
                    <li key={field}>
                      {t(`cchc.history.fields.${field}`, { defaultValue: field })}:{' '}
                      {diff ? (
                        <>
                          <del>{show(c.old)}</del> → <ins>{show(c.new)}</ins>
                        </>
                      ) : (
                        show(change)
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
