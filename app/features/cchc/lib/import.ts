// Reading an index set from an Excel file as provinces publish it: one row per
// area, criterion or sub-criterion, the first row naming the columns (in
// Vietnamese or as the codes of the template).  The rows go to the database
// as text (cchc_import_items), which checks every row and imports all or
// nothing; this module only finds the columns and reads the cells.  exceljs
// (already the app's spreadsheet library) loads on demand.
import { foldVi } from '../../../lib/fold-vi';
import { loadExcel, putText } from '../../../lib/spreadsheet';

export const IMPORT_FIELDS = [
  'code',
  'title',
  'max_points',
  'kind',
  'allowed_values',
  'bands',
  'source',
  'indicator',
  'points_per',
  'expected_evidence',
  'responsible_unit',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The template's column names (Vietnamese, with the code in brackets). */
export const IMPORT_HEADERS: Record<ImportField, string> = {
  code: 'Mã (code)',
  title: 'Nội dung (title)',
  max_points: 'Điểm tối đa (max_points)',
  kind: 'Cách chấm (kind)',
  allowed_values: 'Các mức điểm (allowed_values)',
  bands: 'Các mức tỷ lệ (bands)',
  source: 'Nguồn số liệu (source)',
  indicator: 'Chỉ tiêu (indicator)',
  points_per: 'Điểm mỗi nhiệm vụ (points_per)',
  expected_evidence: 'Minh chứng (expected_evidence)',
  responsible_unit: 'Đơn vị chịu trách nhiệm (responsible_unit)',
};

const ALIASES: Record<ImportField, string[]> = {
  code: ['ma', 'ma tieu chi', 'stt', 'code'],
  title: ['noi dung', 'tieu chi', 'ten tieu chi', 'title'],
  max_points: ['diem toi da', 'diem chuan', 'max_points', 'max'],
  kind: ['cach cham', 'kind'],
  allowed_values: ['cac muc diem', 'muc diem', 'allowed_values'],
  bands: ['cac muc ty le', 'muc ty le', 'bands'],
  source: ['nguon so lieu', 'source'],
  indicator: ['chi tieu', 'indicator'],
  points_per: ['diem moi nhiem vu', 'points_per'],
  expected_evidence: ['minh chung', 'tai lieu kiem chung', 'expected_evidence'],
  responsible_unit: ['don vi chiu trach nhiem', 'don vi', 'responsible_unit'],
};

/** The field a header cell names: "Điểm tối đa", "max_points" or "Điểm tối đa (max_points)". */
export function importField(header: string): ImportField | null {
  const folded = foldVi(header).replace(/\s+/g, ' ').trim();
  const inBrackets = /\(([a-z_]+)\)\s*$/.exec(folded)?.[1];
  if (inBrackets && (IMPORT_FIELDS as readonly string[]).includes(inBrackets)) return inBrackets as ImportField;
  const plain = folded.replace(/\s*\(.*\)\s*$/, '').replace(/[:*]/g, '').trim();
  for (const field of IMPORT_FIELDS) if (ALIASES[field].includes(plain)) return field;
  return null;
}

export type ImportRow = { line: number } & Partial<Record<ImportField, string>>;

export interface ReadResult {
  rows: ImportRow[];
  /** Header cells that name no column of the template. */
  unknownColumns: string[];
  /** Required columns the first row lacks. */
  missingColumns: ImportField[];
}

type CellValue = string | number | boolean | Date | null | undefined | { richText?: Array<{ text: string }>; text?: string; result?: unknown };

/** A cell as text: numbers with a decimal point, rich text joined, formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('').trim();
  if (typeof value.text === 'string') return value.text.trim();
  if (value.result !== undefined) return cellText(value.result as CellValue);
  return '';
}

/** Reads the first sheet of an .xlsx file into rows (line = the row's number in the sheet). */
export async function readIndexWorkbook(data: ArrayBuffer): Promise<ReadResult> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], unknownColumns: [], missingColumns: ['code', 'title', 'max_points'] };
  const columns = new Map<number, ImportField>();
  const unknownColumns: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value as CellValue);
    if (!text) return;
    const field = importField(text);
    if (field && ![...columns.values()].includes(field)) columns.set(col, field);
    else unknownColumns.push(text);
  });
  const present = new Set(columns.values());
  const missingColumns = (['code', 'title', 'max_points'] as const).filter((f) => !present.has(f));
  const rows: ImportRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const out: ImportRow = { line };
    let any = false;
    for (const [col, field] of columns) {
      const text = cellText(row.getCell(col).value as CellValue);
      if (text) {
        out[field] = text;
        any = true;
      }
    }
    if (any) rows.push(out);
  });
  return { rows, unknownColumns, missingColumns };
}

/** The template: the column names and two example rows. */
export async function buildImportTemplate(): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bộ chỉ số', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((f) => ({ header: IMPORT_HEADERS[f], width: f === 'title' || f === 'expected_evidence' ? 50 : 18 }));
  sheet.getRow(1).font = { bold: true };
  const examples: Array<Partial<Record<ImportField, string>>> = [
    { code: '1', title: 'Công tác chỉ đạo, điều hành cải cách hành chính', max_points: '5' },
    { code: '1.1', title: 'Ban hành kế hoạch CCHC năm kịp thời', max_points: '1', kind: 'Có/Không', expected_evidence: 'Kế hoạch CCHC năm' },
    { code: '1.2', title: 'Thực hiện chế độ báo cáo CCHC định kỳ', max_points: '2', kind: 'Chọn mức', allowed_values: '0; 1; 2', expected_evidence: 'Các báo cáo CCHC' },
    { code: '1.3', title: 'Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn', max_points: '2', source: 'Tỷ lệ đúng hạn', bands: '100:2; 80:1; 0:0' },
  ];
  for (const example of examples) {
    const row = sheet.addRow([]);
    IMPORT_FIELDS.forEach((f, i) => putText(row.getCell(i + 1), example[f]));
    row.eachCell((cell) => (cell.numFmt = '@'));
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export interface BadRow {
  line: number;
  code?: string;
  problems: Array<{ code: string; value?: string }>;
}

/** The bad rows the database listed when it refused an import (details.rows), if any. */
export function badRowsOf(error: unknown): BadRow[] {
  const e = error as { hint?: string; details?: string } | null;
  if (e?.hint !== 'cchc_import_bad_rows' || !e.details) return [];
  try {
    const details = JSON.parse(e.details) as { rows?: BadRow[] };
    return Array.isArray(details.rows) ? details.rows : [];
  } catch {
    return [];
  }
}
