// The one spreadsheet writer and the one formula-safety rule of every export
// (the task list's Excel and CSV, the report's Excel appendix, the CCHC results,
// both import templates): a task title such as "=HYPERLINK(…)" stays text.
// Every text cell goes through `putText` (xlsx) or `writeCsv` (csv), and both
// apply `safeText`: text that a spreadsheet would read as a formula (starting
// with = + - @, a tab or a line break, full-width signs included) gets a
// leading apostrophe, and an xlsx text cell is a string cell, never a formula.
// (The import reader drops that apostrophe again, app/features/import/lib/read-file.ts.)
// exceljs and papaparse are loaded on demand, so they stay out of the first bundle.

export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  kind: 'text' | 'date' | 'number';
  /** Width in characters (xlsx). */
  width?: number;
}

export interface ExportTable {
  /** Sheet name (xlsx), at most 31 characters. */
  sheetName: string;
  columns: ExportColumn[];
  /** One array per row, in column order; dates as yyyy-mm-dd. */
  rows: ExportCell[][];
}

/** Starts like a formula in Excel, LibreOffice or Google Sheets (incl. full-width signs). */
export const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text that cannot be taken for a formula: a leading apostrophe when it starts like one. */
export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** exceljs, loaded on demand (its default export under Vite and under Node). */
export async function loadExcel() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** The one way text goes into a workbook cell: a formula-safe string, or nothing. */
export function putText(cell: { value: unknown }, value: string | null | undefined): void {
  cell.value = value ? safeText(value) : null;
}

/** A row of a workbook written cell by cell: text through putText, numbers as numbers. */
export function putRow<R extends { getCell(i: number): { value: unknown } }>(row: R, values: Array<string | number | null>): R {
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    if (typeof v === 'number') cell.value = v;
    else putText(cell, v);
  });
  return row;
}

/** The one CSV writer: rows (a header row first) with every text cell formula-safe, UTF-8 with a byte-order mark. */
export async function writeCsv(rows: ExportCell[][]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const data = rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? safeText(cell) : cell)));
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}`;
}

function ddmmyyyy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** CSV text (UTF-8 with a byte-order mark so Excel reads Vietnamese correctly). */
export async function toCsv(table: ExportTable): Promise<string> {
  const data = table.rows.map((row) =>
    row.map((cell, i) => (table.columns[i]?.kind === 'date' && typeof cell === 'string' ? ddmmyyyy(cell) : cell)),
  );
  return writeCsv([table.columns.map((c) => c.header), ...data]);
}

/** An .xlsx workbook with one sheet: bold, frozen header row, filters, dates as real dates. */
export async function toXlsx(table: ExportTable): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width ?? 14 }));
  table.columns.forEach((c, i) => putText(sheet.getRow(1).getCell(i + 1), c.header));
  sheet.getRow(1).font = { bold: true };
  for (const values of table.rows) {
    const row = sheet.addRow([]);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      const kind = table.columns[i]?.kind;
      if (value === null || value === '') {
        cell.value = null;
      } else if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = 'dd/mm/yyyy';
      } else if (typeof value === 'number') {
        cell.value = value;
      } else {
        putText(cell, String(value));
      }
      if (kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
