import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { TaskStatusBadge } from '../../../components/ui/TaskStatusBadge';
import { usePrinting, useVirtualRows, VIRTUAL_FROM } from '../../../components/ui/virtual-rows';
import type { EvidenceRef, ReportData } from '../../../lib/report-model';
import { VirtualSpacer } from '../../../components/ui/VirtualSpacer';

const evidenceLabel = (e: EvidenceRef) =>
  e.kind === 'document' && e.doc_number ? (e.doc_date ? `${e.doc_number} (${formatDate(e.doc_date)})` : e.doc_number) : (e.name ?? '');

/**
 * Every task as it stood at the cut-off: the same list as the Excel appendix.
 * A long list (a ministry's plan has over a thousand tasks) is drawn a window
 * at a time once unfolded (app/components/ui/virtual-rows.ts), and not at all
 * while folded; printing draws every row.
 */
export function TaskAppendix({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  const tasks = data.tasks;
  const v = useVirtualRows(open || printing || tasks.length < VIRTUAL_FROM ? tasks : [], { estimate: 62 });
  const areaName = new Map(data.areas.map((a) => [a.id, lang === 'vi' ? a.name_vi : a.name_en]));
  return (
    <details className="card report-appendix" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="card-title report-summary-title">{t('reports.appendixTitle', { count: data.tasks.length })}</h2>
      </summary>
      <div className="table-wrap">
        <table className="table report-table report-task-table" aria-rowcount={tasks.length + 1} data-windowed={v.windowed || undefined}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="col-ordinal">{t('tasks.ordinal')}</th>
              <th scope="col">{t('tasks.title')}</th>
              <th scope="col" className="col-optional">{t('tasks.leadUnit')}</th>
              <th scope="col" className="col-optional">{t('tasks.dueDate')}</th>
              <th scope="col">{t('tasks.status')}</th>
              <th scope="col" className="col-optional">{t('reports.columns.timeliness')}</th>
              <th scope="col" className="col-optional">{t('reports.columns.evidence')}</th>
            </tr>
          </thead>
          <tbody ref={v.bodyRef}>
            <VirtualSpacer height={v.before} columns={7} />
            {v.rows.map(({ row: task, index }) => (
              <tr key={task.task_id} ref={v.measure} data-index={index} aria-rowindex={index + 2}>
                <td className="col-ordinal">{task.ordinal}</td>
                <td>
                  {task.title}
                  <div className="muted small">{areaName.get(task.area_id)}</div>
                </td>
                <td className="col-optional">{task.lead_unit}</td>
                <td className="col-optional">{formatDate(task.deadline)}</td>
                <td><TaskStatusBadge status={task.status} /></td>
                <td className="col-optional">
                  {t(`timeliness.${task.timeliness}`)}
                  {task.days_late ? <div className="muted small">{t('reports.daysLate', { count: task.days_late })}</div> : null}
                  {task.completed_on ? <div className="muted small">{t('reports.completedOn', { date: formatDate(task.completed_on) })}</div> : null}
                </td>
                <td className="col-optional small">{task.evidence.map(evidenceLabel).filter(Boolean).join('; ') || '—'}</td>
              </tr>
            ))}
            <VirtualSpacer height={v.after} columns={7} />
          </tbody>
        </table>
      </div>
    </details>
  );
}
