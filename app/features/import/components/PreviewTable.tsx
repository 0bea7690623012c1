import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { displayDate } from '../lib/dates';
import type { AreaRef } from '../lib/match';
import type { CheckedRow } from '../lib/validate';

/** The rows as they will be imported: units and areas as recognised, bad rows marked. */
export function PreviewTable({ rows, areas }: { rows: readonly CheckedRow[]; areas: readonly AreaRef[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const areaName = (id: number | null) => {
    const area = areas.find((a) => a.id === id);
    return area ? `${area.id}. ${lang === 'vi' ? area.name_vi : area.name_en}` : null;
  };
  return (
    <div className="table-wrap im-preview" tabIndex={0} role="region" aria-label={t('import.preview.title')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('import.preview.line')}</th>
            <th scope="col">{t('import.preview.ordinal')}</th>
            <th scope="col">{t('import.preview.task')}</th>
            <th scope="col">{t('import.preview.lead')}</th>
            <th scope="col">{t('import.preview.coordinators')}</th>
            <th scope="col">{t('import.preview.dates')}</th>
            <th scope="col">{t('import.preview.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, problems, areaId, title, lead, coordinators, start, due, cadence }) => (
            <tr key={row.line} className={problems.length ? 'im-bad' : undefined}>
              <td>{row.line}</td>
              <td>{row.ordinal}</td>
              <td>
                <div>{title || <span className="muted">—</span>}</div>
                <div className="muted small">{areaName(areaId) ?? row.area}</div>
                {row.expected_output ? <div className="muted small">{row.expected_output}</div> : null}
              </td>
              <td>{lead?.short_name ?? lead?.name ?? row.lead_unit}</td>
              <td>{coordinators.length ? coordinators.map((u) => u.short_name ?? u.name).join(', ') : row.coordinators.join(', ')}</td>
              <td className="im-dates">
                {displayDate(start) || row.start_date || '—'} → {displayDate(due) || row.due_date || '—'}
                {cadence && cadence !== 'once' ? <div className="muted small">{t(`import.cadences.${cadence}`)}</div> : null}
              </td>
              <td>
                {problems.length ? (
                  <span className="im-flag im-flag-bad">{t('import.preview.bad', { count: problems.length })}</span>
                ) : (
                  <span className="im-flag im-flag-ok">{t('import.preview.ok')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
