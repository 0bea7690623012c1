import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatShare } from '../../../lib/format';
import type { UnitFigures } from '../../../lib/report-model';

/** Lead units ranked by completion rate, then on-time share, then fewest overdue (computed in SQL). */
export function UnitRanking({ units }: { units: UnitFigures[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (units.length === 0) return <p className="muted">{t('reports.noUnits')}</p>;
  return (
    <div className="table-wrap">
      <table className="table report-table ranking-table" data-cols="4">
        <caption className="visually-hidden">{t('reports.rankingTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('reports.columns.rank')}</th>
            <th scope="col">{t('reports.columns.unit')}</th>
            <th scope="col" className="num col-optional">{t('reports.compare.done')}</th>
            <th scope="col" className="num">{t('reports.columns.rate')}</th>
            <th scope="col" className="num col-optional">{t('reports.columns.onTimeShare')}</th>
            <th scope="col" className="num">{t('reports.columns.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unit_id}>
              <td className="num">{u.rank}</td>
              <td className="ranking-unit" title={u.unit_name}>{u.unit_name}</td>
              <td className="num col-optional">{u.done}/{u.total}</td>
              <td className="num">{formatShare(Number(u.completion_rate), lang)}</td>
              <td className="num col-optional">{u.done > 0 ? formatShare(Number(u.on_time_rate), lang) : '—'}</td>
              <td className="num">{u.open_overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
