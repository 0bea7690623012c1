import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../components/layout/me';
import { useQueue } from '../../data/tasks/get-confirmation-queue';
import { QueueItem } from '../../features/confirmations/components/QueueItem';
import '../../features/confirmations/confirmations.css';
import { queueQueryOptions } from '../../data/tasks/get-confirmation-queue';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { canConfirm } from '../../lib/permissions';
import { QueryState } from '../../components/ui/QueryState';

export function Component() {
  const { t } = useTranslation();
  const me = useMe();
  const queue = useQueue();
  const [notice, setNotice] = useState('');

  if (!canConfirm(me.role)) {
    return (
      <div className="card cq-denied" role="alert">
        <h1>{t('confirmations.deniedTitle')}</h1>
        <p>{t('confirmations.deniedBody')}</p>
      </div>
    );
  }

  return (
    <section aria-labelledby="cq-title" className="cq-page">
      <h1 id="cq-title">{t('confirmations.title')}</h1>
      <p className="muted">{t('confirmations.intro')}</p>
      <p className="cq-notice" role="status">
        {notice}
      </p>
      <QueryState query={queue} empty={t('confirmations.empty')}>
        {(queueData) => (
          <>
            <p className="cq-count">{t('confirmations.count', { count: queueData.length })}</p>
            <ol className="cq-list">
              {queueData.map((task) => (
                <QueueItem key={`${task.id}-${task.version}`} task={task} onDecided={setNotice} />
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </section>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, [queueQueryOptions()]);
