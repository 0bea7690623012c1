// The shape of a report's figures (public.report_data / report_preview, and
// the frozen `snapshot` of a submitted report), and the wording that the page,
// the print view and the exported documents share.  Plain TypeScript: no
// React, no browser, so tests run it in Node.
import type { Enums, Tables } from './database.types';
import { formatPercent } from './format';
import type { Timeliness } from './task-filters';

export type ReportPeriod = Enums<'report_period'>;
export type ReportStatus = Enums<'report_status'>;
export type ReportRow = Tables<'reports'>;
export type { Timeliness };

export const PERIODS: ReportPeriod[] = ['q1', 'h1', 'q3', 'annual'];

export interface Figures {
  area_id: number | null;
  total: number;
  done: number;
  done_on_time: number;
  done_late: number;
  open_not_due: number;
  open_overdue: number;
  cancelled: number;
  overdue_over_30: number;
  overdue_over_90: number;
  overdue_over_120: number;
}

export interface UnitFigures {
  unit_id: string;
  unit_name: string;
  total: number;
  done: number;
  done_on_time: number;
  done_late: number;
  open_not_due: number;
  open_overdue: number;
  completion_rate: number;
  on_time_rate: number;
  rank: number;
}

export interface EvidenceRef {
  kind: 'document' | 'link' | 'file';
  doc_number: string | null;
  doc_date: string | null;
  name: string | null;
}

export interface ReportTask {
  task_id: string;
  area_id: number;
  ordinal: string;
  title: string;
  expected_output: string | null;
  lead_unit: string;
  lead_unit_name: string;
  status: Enums<'task_status'>;
  deadline: string | null;
  completed_on: string | null;
  timeliness: Timeliness;
  days_late: number | null;
  evidence: EvidenceRef[];
}

export interface Comparison {
  period: ReportPeriod;
  year: number;
  as_of: string;
  plan: { id: string; doc_number: string; year: number };
  figures: Figures[];
}

export interface ReportData {
  format: number;
  computed_at: string;
  period: ReportPeriod;
  year: number;
  data_from: string;
  data_to: string;
  due_on: string;
  as_of: string;
  provisional: boolean;
  plan: { id: string; doc_number: string; title: string; year: number; issuer: string; issued_on: string | null; status: string };
  areas: Array<{ id: number; name_vi: string; name_en: string }>;
  figures: Figures[];
  units: UnitFigures[];
  tasks: ReportTask[];
  previous: Comparison | null;
  last_year: Comparison | null;
}

const EMPTY: Omit<Figures, 'area_id'> = {
  total: 0, done: 0, done_on_time: 0, done_late: 0, open_not_due: 0, open_overdue: 0, cancelled: 0,
  overdue_over_30: 0, overdue_over_90: 0, overdue_over_120: 0,
};

/** The whole-plan row (area null). */
export function wholeFigures(figures: Figures[]): Figures {
  return figures.find((f) => f.area_id === null) ?? { area_id: null, ...EMPTY };
}

/** One row per reform area (1–6), zeros where the plan has no task in the area. */
export function areaFigures(data: Pick<ReportData, 'areas' | 'figures'>): Array<Figures & { name_vi: string; name_en: string }> {
  return data.areas.map((area) => ({
    ...(data.figures.find((f) => f.area_id === area.id) ?? { area_id: area.id, ...EMPTY }),
    area_id: area.id,
    name_vi: area.name_vi,
    name_en: area.name_en,
  }));
}

// ---------------------------------------------------------------- Vietnamese wording
const PERIOD_PHRASE_VI: Record<ReportPeriod, string> = {
  q1: 'quý I',
  h1: '6 tháng đầu năm',
  q3: '9 tháng',
  annual: 'năm',
};

/** "9 tháng năm 2024", "quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024". */
export function periodPhraseVi(period: ReportPeriod, year: number): string {
  return period === 'annual' ? `năm ${year}` : period === 'h1' ? `6 tháng đầu năm ${year}` : `${PERIOD_PHRASE_VI[period]} năm ${year}`;
}

/** The document's subtitle (trích yếu). */
export function reportSubjectVi(period: ReportPeriod, year: number): string {
  return `Kết quả thực hiện công tác cải cách hành chính ${periodPhraseVi(period, year)}`;
}

/** A share with up to two decimals, Vietnamese style: 84,23% · 100% · — when nothing to count. */
export function percentVi(numerator: number, denominator: number): string {
  return formatPercent(numerator, denominator, 'vi');
}

/** "đã hoàn thành 11/37 nhiệm vụ (29,73%)" */
export function headlineVi(f: Pick<Figures, 'done' | 'total'>): string {
  return `đã hoàn thành ${f.done}/${f.total} nhiệm vụ (${percentVi(f.done, f.total)})`;
}

/** ISO date -> dd/mm/yyyy. */
export function dmy(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * The place-and-date line of an administrative document (Decree 30/2020):
 * days below 10 and the months January and February take a leading zero.
 * "Bình An, ngày 20 tháng 9 năm 2024" · "Bình An, ngày 05 tháng 02 năm 2025".
 */
export function placeDateLineVi(place: string, isoDate: string | null): string {
  const prefix = place ? `${place}, ` : '';
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!m) return `${prefix}ngày      tháng      năm`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${prefix}ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

/**
 * The issuing body's name as the document header writes it, and the place
 * name for the date line: "Ủy ban nhân dân tỉnh Bình An" ->
 * ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH AN"], place "Bình An".
 */
export function issuerHeader(issuer: string): { lines: string[]; place: string; body: string } {
  const name = issuer.trim().replace(/\s+/g, ' ');
  const m = /^(ủy ban nhân dân|uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)?\s*(.*)$/iu.exec(name);
  if (m) {
    const level = m[2] ?? '';
    const place = (m[3] ?? '').trim();
    const second = `${level} ${place}`.trim();
    return {
      lines: second ? ['ỦY BAN NHÂN DÂN', second.toLocaleUpperCase('vi-VN')] : ['ỦY BAN NHÂN DÂN'],
      place,
      body: 'ỦY BAN NHÂN DÂN',
    };
  }
  return { lines: [name.toLocaleUpperCase('vi-VN')], place: '', body: name.toLocaleUpperCase('vi-VN') };
}

/** The signature block's title lines (TM. … / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). */
export function signatureLinesVi(body: string, signerTitle: string): string[] {
  return signerTitle === 'chairman' ? [`TM. ${body}`, 'CHỦ TỊCH'] : [`TM. ${body}`, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
}

export const STATUS_VI: Record<Enums<'task_status'>, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  submitted: 'Chờ xác nhận',
  done: 'Hoàn thành',
  returned: 'Trả lại',
  cancelled: 'Đã hủy',
};

export const TIMELINESS_VI: Record<Timeliness, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_not_due: 'Chưa hoàn thành, trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
  cancelled: 'Đã hủy',
};

/** "583/KH-UBND ngày 20/02/2024", a link or a file name. */
export function evidenceText(e: EvidenceRef): string {
  if (e.kind === 'document' && e.doc_number) return e.doc_date ? `${e.doc_number} ngày ${dmy(e.doc_date)}` : e.doc_number;
  return e.name ?? '';
}

/** Lines of a narrative field, blank lines dropped. */
export function narrativeParagraphs(text: string | null | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** A safe, readable file name: bao-cao-cchc-9-thang-2024.docx (-v2 for later versions). */
export function exportFileName(kind: 'docx' | 'xlsx', report: { period: ReportPeriod; year: number; version: number }): string {
  const period = { q1: 'quy-1', h1: '6-thang', q3: '9-thang', annual: 'nam' }[report.period];
  const version = report.version > 1 ? `-v${report.version}` : '';
  const stem = kind === 'docx' ? 'bao-cao-cchc' : 'phu-luc-nhiem-vu';
  return `${stem}-${period}-${report.year}${version}.${kind}`;
}

/** The fields of a report that its documents print. */
export type ReportDocFields = Pick<
  ReportRow,
  | 'period'
  | 'year'
  | 'status'
  | 'version'
  | 'doc_number'
  | 'doc_date'
  | 'recipients'
  | 'signer_title'
  | 'signer_name'
  | 'overview'
  | 'area_results'
  | 'shortcomings'
  | 'proposals'
>;

export interface ReportDocumentInput {
  report: ReportDocFields;
  data: ReportData;
}

/** The narrative of one reform area. */
export function areaNarrative(report: Pick<ReportRow, 'area_results'>, areaId: number): string {
  const value = (report.area_results as Record<string, unknown> | null)?.[String(areaId)];
  return typeof value === 'string' ? value : '';
}

/** The sentence comparing with earlier cut-offs, for the document body. */
export function comparisonSentenceVi(data: ReportData): string | null {
  const now = wholeFigures(data.figures);
  const parts: string[] = [];
  for (const [label, c] of [
    ['so với ', data.previous],
    ['so với cùng kỳ ', data.last_year],
  ] as const) {
    if (!c) continue;
    const f = wholeFigures(c.figures);
    const what = label === 'so với ' ? periodPhraseVi(c.period, c.year) : `năm ${c.year}`;
    parts.push(
      `${label}${what} (đến ngày ${dmy(c.as_of)}, Kế hoạch số ${c.plan.doc_number}: ${headlineVi(f)}, ${f.open_overdue > 0 ? `${f.open_overdue} nhiệm vụ chưa hoàn thành, quá hạn` : 'không có nhiệm vụ quá hạn'})`,
    );
  }
  if (parts.length === 0) return null;
  return `Tỷ lệ hoàn thành hiện đạt ${percentVi(now.done, now.total)}, ${parts.join('; ')}.`;
}
