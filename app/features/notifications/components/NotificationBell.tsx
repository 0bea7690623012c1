import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../components/layout/me';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { QueryState } from '../../../components/ui/QueryState';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatDateTime } from '../../../lib/datetime';
import { useLang } from '../../../i18n';
import { useUnreadCount } from '../../../data/notifications/get-unread-count';
import { useNotifications, type Notification } from '../../../data/notifications/get-notifications';
import { useMarkAllRead } from '../../../data/notifications/mark-all-read';

/** The bell in the header: unread count, and a panel listing the notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(me.id);
  const list = useNotifications(me.id, open);
  const markAll = useMarkAllRead(me.id);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const count = unread.data ?? 0;

  // Close on Escape (focus back to the bell) and on a click outside.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const label = count > 0 ? t('notifications.bellUnread', { total: formatNumber(count, lang) }) : t('notifications.bell');

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
          if (!open) void unread.refetch();
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count > 0 ? (
          <span className="bell-count" data-testid="bell-count">
            {count > 99 ? '99+' : formatNumber(count, lang)}
          </span>
        ) : null}
      </button>
      {open ? (
        <section id={panelId} className="bell-panel" aria-labelledby={`${panelId}-title`}>
          <div className="bell-panel-head">
            <h2 id={`${panelId}-title`}>{t('notifications.title')}</h2>
            <button
              type="button"
              className="button button-small"
              disabled={markAll.isPending || count === 0}
              onClick={() => markAll.mutate()}
            >
              {t('notifications.markAllRead')}
            </button>
          </div>
          <DbErrorMessage error={markAll.error} />
          <QueryState query={list}>
            {(items) =>
              items.length === 0 ? (
                <p className="muted bell-empty">{t('notifications.empty')}</p>
              ) : (
                <ul className="bell-list">
                  {items.map((item) => (
                    <NotificationItem key={item.id} item={item} onOpen={() => setOpen(false)} />
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
      ) : null}
    </div>
  );
}

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = item.kind ?? 'assigned';
  const detail =
    kind === 'overdue' && item.days_late
      ? t('notifications.details.overdue', { days: formatNumber(item.days_late, lang) })
      : kind === 'due_soon'
        ? t('notifications.details.due_soon', { date: formatDate(item.due_date) })
        : kind === 'submitted'
          ? t('notifications.details.submitted', { unit: item.lead_unit_name ?? '', time: formatDateTime(item.occurred_at) })
          : t(`notifications.details.${kind}`, { time: formatDateTime(item.occurred_at) });
  return (
    <li className={`bell-item${item.unread ? ' is-unread' : ''}`}>
      <Link to={`/tasks/${item.task_id}`} onClick={onOpen}>
        <span className={`bell-kind bell-kind-${kind}`}>{t(`notifications.kinds.${kind}`)}</span>
        {item.unread ? <span className="visually-hidden">{t('notifications.unread')}</span> : null}
        <span className="bell-title">
          {item.ordinal}. {item.title}
        </span>
        <span className="bell-meta">
          {item.plan_doc_number} · {detail}
        </span>
      </Link>
    </li>
  );
}
