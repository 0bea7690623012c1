// Reads the first sheet of an .xlsx workbook, or a .csv file, into rows of
// cells.  exceljs is loaded only when a workbook is opened, so it stays out
// of the app's first download.
import Papa from 'papaparse';
import type { Cell } from './parse-appendix';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type FileKind = 'xlsx' | 'csv';

export function fileKind(name: string): FileKind | null {
  const ext = name.split('.').pop()?.toLowerCase();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : null;
}

type ExcelValue = import('exceljs').CellValue;

/** A workbook cell as plain text, number or date (rich text joined, formulas by their result). */
function plain(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plain((value as { result?: ExcelValue }).result ?? null);
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Cells of the first worksheet that has any.  A cell merged with its left neighbour reads as empty; one merged with the cell above reads as that cell. */
export async function readWorkbook(data: ArrayBuffer): Promise<Cell[][]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c += 1) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        cells.push(cell.master.row === cell.row ? null : plain(cell.master.value));
      } else {
        cells.push(plain(cell.value));
      }
    }
    rows.push(cells);
  }
  return rows;
}

/** Rows of a CSV file (comma or semicolon separated, UTF-8 with or without BOM). */
export function readCsv(content: string): Cell[][] {
  const result = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // A cell written as '=… by a spreadsheet guard against formulas reads as the text after the quote.
  return result.data.map((row) => row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));
}

export async function readImportFile(file: File): Promise<Cell[][]> {
  const kind = fileKind(file.name);
  if (kind === 'xlsx') return readWorkbook(await file.arrayBuffer());
  if (kind === 'csv') return readCsv(await file.text());
  throw new Error('unsupported file type');
}
