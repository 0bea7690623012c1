import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { useAreaTotals } from '../../../data/cchc/get-scoresheet';
import { pts } from '../lib/model';

/** One unit's totals per area: self-assessed, after appraisal, and last year's. */
export function AreaTotals({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const totals = useAreaTotals(assessmentId);
  if (!totals.data || totals.data.length === 0) return null;
  return (
    <details className="cchc-area-totals">
      <summary>{t('cchc.areas.unitTitle')}</summary>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('cchc.areas.unitTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cchc.areas.area')}</th>
              <th scope="col">{t('cchc.areas.max')}</th>
              <th scope="col">{t('cchc.areas.self')}</th>
              <th scope="col">{t('cchc.areas.final')}</th>
              <th scope="col">{t('cchc.ranking.lastYear')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.data.map((r) => (
              <tr key={r.code}>
                <td>
                  {r.code}. {r.title}
                </td>
                <td>{pts(r.max_points, lang)}</td>
                <td>{pts(r.self_total, lang)}</td>
                <td>{pts(r.final_total, lang)}</td>
                <td>{pts(r.last_year_final, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
