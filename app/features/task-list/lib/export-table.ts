import type { TFunction } from 'i18next';
import type { Lang } from '../../../lib/format';
import type { ExportRow } from '../../../data/tasks/export-tasks';
import type { ExportTable } from '../../../lib/spreadsheet';
import { timelinessText } from '../../../lib/timeliness-text';

export interface AreaName {
  id: number;
  name_vi: string;
  name_en: string;
}

/** The exported sheet: one row per task, headers and values in the user's language. */
export function taskExportTable(rows: ExportRow[], t: TFunction, lang: Lang, areas: AreaName[]): ExportTable {
  const areaName = new Map(areas.map((a) => [a.id, lang === 'vi' ? a.name_vi : a.name_en]));
  const h = (key: string) => t(`taskList.export.columns.${key}`);
  return {
    sheetName: t('taskList.export.sheet'),
    columns: [
      { header: h('plan'), kind: 'text', width: 16 },
      { header: h('area'), kind: 'text', width: 28 },
      { header: h('ordinal'), kind: 'text', width: 7 },
      { header: h('title'), kind: 'text', width: 60 },
      { header: h('expectedOutput'), kind: 'text', width: 30 },
      { header: h('unit'), kind: 'text', width: 28 },
      { header: h('start'), kind: 'date', width: 12 },
      { header: h('due'), kind: 'date', width: 12 },
      { header: h('originalDue'), kind: 'date', width: 12 },
      { header: h('cadence'), kind: 'text', width: 12 },
      { header: h('status'), kind: 'text', width: 16 },
      { header: h('progress'), kind: 'number', width: 10 },
      { header: h('completedOn'), kind: 'date', width: 14 },
      { header: h('timeliness'), kind: 'text', width: 26 },
      { header: h('daysLate'), kind: 'number', width: 12 },
    ],
    rows: rows.map((r) => [
      r.plan_year ? `${r.plan_doc_number ?? ''} (${r.plan_year})` : (r.plan_doc_number ?? ''),
      r.area_id ? `${r.area_id}. ${areaName.get(r.area_id) ?? ''}` : '',
      r.ordinal,
      r.title,
      r.expected_output,
      r.lead_unit_name,
      r.start_date,
      r.due_date,
      r.original_due_date && r.original_due_date !== r.due_date ? r.original_due_date : null,
      r.cadence && r.cadence !== 'once' ? t(`tasks.cadences.${r.cadence}`) : null,
      r.status ? t(`tasks.statuses.${r.status}`) : null,
      r.progress,
      r.completed_on,
      r.timeliness ? timelinessText(t, r.timeliness, lang) : null,
      r.days_late,
    ]),
  };
}
