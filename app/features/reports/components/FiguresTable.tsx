import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatPercent } from '../../../lib/format';
import { areaFigures, wholeFigures, type ReportData } from '../../../lib/report-model';

/** Per reform area: total, done on time, done late, not yet due, overdue, completion rate (as of the cut-off). */
export function FiguresTable({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const whole = wholeFigures(data.figures);
  const rows = areaFigures(data);
  const cells = (f: typeof whole) => (
    <>
      <td className="num">{f.total}</td>
      <td className="num col-optional">{f.done_on_time}</td>
      <td className="num col-optional">{f.done_late}</td>
      <td className="num col-optional">{f.open_not_due}</td>
      <td className="num">{f.open_overdue}</td>
      <td className="num">{formatPercent(f.done, f.total, lang)}</td>
    </>
  );
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption className="visually-hidden">{t('reports.figuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.area')}</th>
            <th scope="col" className="num">{t('reports.columns.total')}</th>
            <th scope="col" className="num col-optional">{t('reports.columns.onTime')}</th>
            <th scope="col" className="num col-optional">{t('reports.columns.late')}</th>
            <th scope="col" className="num col-optional">{t('reports.columns.notDue')}</th>
            <th scope="col" className="num">{t('reports.columns.overdue')}</th>
            <th scope="col" className="num">{t('reports.columns.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.area_id}>
              <th scope="row">
                {f.area_id}. {lang === 'vi' ? f.name_vi : f.name_en}
              </th>
              {cells(f)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.columns.wholePlan')}</th>
            {cells(whole)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
