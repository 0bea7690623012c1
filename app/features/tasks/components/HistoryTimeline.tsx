import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/datetime';
import { formatDate } from '../../../lib/format';
import type { TaskEvent } from '../../../data/tasks/get-task-activity';

const SHOWN_FIELDS = ['status', 'progress', 'progress_note', 'due_date', 'title', 'lead_unit_id', 'status_reason', 'completed_on', 'start_date', 'expected_output'];

function Change({ field, change }: { field: string; change: { old: unknown; new: unknown } }) {
  const { t } = useTranslation();
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'status') return t(`tasks.statuses.${String(value)}`);
    if (field.endsWith('_date') || field === 'completed_on') return formatDate(String(value));
    if (field === 'progress') return `${String(value)}%`;
    if (field === 'lead_unit_id') return t('tasks.history.otherUnit');
    return String(value);
  };
  return (
    <li>
      <span className="muted">{t(`tasks.fields.${field}`, { defaultValue: field })}:</span> {show(change.old)} → <strong>{show(change.new)}</strong>
    </li>
  );
}

function EventItem({ event }: { event: TaskEvent }) {
  const { t } = useTranslation();
  const changes = event.changes as Record<string, { old: unknown; new: unknown }>;
  const fields = event.action === 'updated' || event.action === 'status_changed' ? SHOWN_FIELDS.filter((f) => f in changes) : [];
  const detail =
    event.action === 'evidence_added' || event.action === 'evidence_removed'
      ? String((changes as unknown as Record<string, unknown>).doc_number ?? (changes as unknown as Record<string, unknown>).file_name ?? (changes as unknown as Record<string, unknown>).url ?? '')
      : event.action === 'deadline_extended'
        ? `${formatDate(String((changes as unknown as Record<string, unknown>).previous_due_date ?? ''))} → ${formatDate(String((changes as unknown as Record<string, unknown>).new_due_date ?? ''))} (${String((changes as unknown as Record<string, unknown>).doc_number ?? '')})`
        : '';
  return (
    <li className="timeline-item">
      <div className="timeline-head">
        <strong>{t(`tasks.history.actions.${event.action}`)}</strong>
        <span className="muted small">
          {formatDateTime(event.occurred_at)} · {event.actor?.full_name ?? event.actor?.email ?? t('tasks.history.system')}
          {event.actor_role ? ` (${t(`roles.${event.actor_role}`)})` : ''}
        </span>
      </div>
      {detail ? <div className="small">{detail}</div> : null}
      {fields.length > 0 ? (
        <ul className="changes small">
          {fields.map((field) => (
            <Change key={field} field={field} change={changes[field]!} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The task's history, newest first (from the task page's one request). */
export function HistoryTimeline({ events }: { events: TaskEvent[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="card-title">{t('tasks.history.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('tasks.history.none')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}
