import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, Band } from '../lib/model';

const TONE: Record<AssessmentStatus, string> = {
  draft: 'badge-not_started',
  submitted: 'badge-submitted',
  appraising: 'badge-in_progress',
  explanation_requested: 'badge-returned',
  reappraised: 'badge-in_progress',
  published: 'badge-done',
};

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`cchc.statuses.${status}`)}</span>;
}

export function BandBadge({ band }: { band: string | null }) {
  const { t } = useTranslation();
  if (!band) return <span className="muted">—</span>;
  return <span className={`badge cchc-band cchc-band-${band as Band}`}>{t(`cchc.bands.${band}`)}</span>;
}
