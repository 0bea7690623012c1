import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../lib/report-model';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <span className={`badge report-badge-${status}`}>{t(`reports.statuses.${status}`)}</span>;
}
