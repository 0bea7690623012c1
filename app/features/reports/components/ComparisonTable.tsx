import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDate, formatPercent, formatShare } from '../../../lib/format';
import { wholeFigures, type Comparison, type ReportData } from '../../../lib/report-model';

/** This report beside the previous period and the same period last year, each as of its own cut-off. */
export function ComparisonTable({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = wholeFigures(data.figures);
  const rows: Array<{ key: string; label: string; c: Comparison | null }> = [
    { key: 'previous', label: t('reports.compare.previous'), c: data.previous },
    { key: 'lastYear', label: t('reports.compare.lastYear'), c: data.last_year },
  ];
  const rate = (f: { done: number; total: number }) => (f.total > 0 ? (f.done / f.total) * 100 : 0);
  const delta = (value: number) => {
    const rounded = Math.round(value * 100) / 100;
    const text = formatShare(Math.abs(rounded), lang).replace('%', '');
    return rounded === 0 ? t('reports.compare.same') : t(rounded > 0 ? 'reports.compare.up' : 'reports.compare.down', { points: text });
  };

  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption className="visually-hidden">{t('reports.compare.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.compare.when')}</th>
            <th scope="col" className="num">{t('reports.compare.done')}</th>
            <th scope="col" className="num">{t('reports.columns.rate')}</th>
            <th scope="col" className="num">{t('reports.columns.overdue')}</th>
            <th scope="col" className="num col-optional">{t('reports.compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="is-current">
            <th scope="row">
              {t('reports.compare.thisReport')}
              <div className="muted small">{t('reports.asOf', { date: formatDate(data.as_of) })} · {data.plan.doc_number}</div>
            </th>
            <td className="num">{now.done}/{now.total}</td>
            <td className="num">{formatPercent(now.done, now.total, lang)}</td>
            <td className="num">{now.open_overdue}</td>
            <td className="num col-optional">—</td>
          </tr>
          {rows.map(({ key, label, c }) => {
            if (!c) {
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td colSpan={4} className="muted">{t('reports.compare.none')}</td>
                </tr>
              );
            }
            const f = wholeFigures(c.figures);
            return (
              <tr key={key}>
                <th scope="row">
                  {label}: {t(`reports.periodLabel.${c.period}`, { year: c.year })}
                  <div className="muted small">{t('reports.asOf', { date: formatDate(c.as_of) })} · {c.plan.doc_number}</div>
                </th>
                <td className="num">{f.done}/{f.total}</td>
                <td className="num">{formatPercent(f.done, f.total, lang)}</td>
                <td className="num">{f.open_overdue}</td>
                <td className="num col-optional">{f.total > 0 ? delta(rate(now) - rate(f)) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
