import { useTranslation } from 'react-i18next';
import type { Enums } from '../../lib/database.types';

export function TaskStatusBadge({ status }: { status: Enums<'task_status'> }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`tasks.statuses.${status}`)}</span>;
}
