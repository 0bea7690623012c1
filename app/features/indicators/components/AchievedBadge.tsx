import { useTranslation } from 'react-i18next';

/** "Đạt" / "Chưa đạt": whether a value meets the indicator's target (a ✓ or ✗ is drawn by CSS, not only colour). */
export function AchievedBadge({ achieved }: { achieved: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ind-badge ${achieved ? 'ind-badge-ok' : 'ind-badge-miss'}`}>
      {achieved ? t('indicators.achieved') : t('indicators.notAchieved')}
    </span>
  );
}
