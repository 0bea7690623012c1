// From the cells of a sheet to the task rows of a plan's appendix.
//
// Real appendices carry a title and a "(Kèm theo Kế hoạch số …)" line above
// the column headers, sometimes a second header row (merged "Thời gian" over
// "Bắt đầu" / "Hoàn thành"), a row of column numbers "(1) (2) (3)…", and
// section rows naming the reform area ("I. CẢI CÁCH THỂ CHẾ") above that
// area's tasks.  All of these are recognised and skipped; the area of a
// section row applies to the rows under it that leave the area column empty.
import { FIELDS, REQUIRED, headerField, type Field } from './columns';
import { isoFromDate, isoFromSerial } from './dates';
import { matchArea, type AreaRef } from './match';
import { squash } from './text';

/** A cell as read from the file: text, a number, a workbook date, or nothing. */
export type Cell = string | number | Date | boolean | null | undefined;

/** One task row of the file, as text (dates as yyyy-mm-dd when the cell held a real date). */
export interface RawRow {
  line: number;
  ordinal: string;
  area: string;
  title: string;
  expected_output: string;
  lead_unit: string;
  coordinators: string[];
  start_date: string;
  due_date: string;
  cadence: string;
}

export type SheetProblem =
  | { code: 'no_header' }
  | { code: 'missing_columns'; columns: Field[] }
  | { code: 'no_rows' };

export interface ParsedSheet {
  rows: RawRow[];
  headerLine: number | null;
  problem: SheetProblem | null;
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoFromDate(cell);
  return squash(String(cell));
}

/** Text keeping its line breaks (coordinating units may be one per line). */
function rawText(cell: Cell): string {
  if (cell === null || cell === undefined || cell instanceof Date) return '';
  return String(cell).trim();
}

function dateText(cell: Cell): string {
  if (cell instanceof Date) return isoFromDate(cell);
  if (typeof cell === 'number') return isoFromSerial(cell) ?? String(cell);
  return text(cell);
}

function ordinalText(cell: Cell): string {
  return text(cell).replace(/\.$/, '');
}

const HEADER_SCAN_ROWS = 30;

function mapHeader(row: readonly Cell[]): Map<Field, number> {
  const found = new Map<Field, number>();
  row.forEach((cell, index) => {
    if (cell instanceof Date || typeof cell === 'number') return;
    const field = headerField(text(cell));
    if (field && !found.has(field)) found.set(field, index);
  });
  return found;
}

const isColumnNumbers = (row: readonly Cell[]) => {
  const filled = row.map(text).filter(Boolean);
  return filled.length >= 3 && filled.every((v) => /^\(?\d{1,2}\)?$/.test(v));
};

/** Reads the task rows of a sheet given as rows of cells (row 1 first). */
export function parseAppendix(cells: ReadonlyArray<readonly Cell[]>, areas: readonly AreaRef[]): ParsedSheet {
  let headerIndex = -1;
  let columns = new Map<Field, number>();
  for (let i = 0; i < Math.min(cells.length, HEADER_SCAN_ROWS); i += 1) {
    const found = mapHeader(cells[i] ?? []);
    if (found.has('title') && found.size >= 3) {
      headerIndex = i;
      columns = found;
      break;
    }
  }
  if (headerIndex < 0) return { rows: [], headerLine: null, problem: { code: 'no_header' } };

  let first = headerIndex + 1;
  // A second header row fills the columns the first one left unnamed.
  const below = cells[first] ?? [];
  const sub = mapHeader(below);
  const adds = [...sub].filter(([field, index]) => !columns.has(field) && ![...columns.values()].includes(index));
  const allHeaders = below.every((cell) => !text(cell) || (typeof cell === 'string' && headerField(cell) !== null));
  if (adds.length > 0 && allHeaders) {
    for (const [field, index] of adds) columns.set(field, index);
    first += 1;
  }

  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length > 0) return { rows: [], headerLine: headerIndex + 1, problem: { code: 'missing_columns', columns: missing } };

  const get = (row: readonly Cell[], field: Field): Cell => {
    const index = columns.get(field);
    return index === undefined ? null : row[index];
  };

  const rows: RawRow[] = [];
  let sectionArea: number | null = null;
  for (let i = first; i < cells.length; i += 1) {
    const row = cells[i] ?? [];
    if (!row.some((cell) => text(cell))) continue;
    if (isColumnNumbers(row)) continue;
    const values = Object.fromEntries(FIELDS.map((field) => [field, text(get(row, field))])) as Record<Field, string>;
    if (!FIELDS.some((field) => values[field])) continue;

    // A section row names an area and nothing else: "I. CẢI CÁCH THỂ CHẾ",
    // written in the number, area or task column.
    const detailsEmpty = (['expected_output', 'lead_unit', 'coordinators', 'start_date', 'due_date', 'cadence'] as const).every(
      (field) => !values[field],
    );
    if (detailsEmpty && !(values.area && values.title)) {
      const name = values.area || values.title;
      const area =
        matchArea([values.ordinal, name].filter(Boolean).join(' '), areas) ?? matchArea(name, areas) ?? (name ? null : matchArea(values.ordinal, areas));
      if (area !== null) {
        sectionArea = area;
        continue;
      }
    }

    rows.push({
      line: i + 1,
      ordinal: ordinalText(get(row, 'ordinal')),
      area: values.area || (sectionArea !== null ? String(sectionArea) : ''),
      title: values.title,
      expected_output: values.expected_output,
      lead_unit: values.lead_unit,
      coordinators: rawText(get(row, 'coordinators'))
        .split(/[;,\n]/)
        .map(squash)
        .filter(Boolean),
      start_date: dateText(get(row, 'start_date')),
      due_date: dateText(get(row, 'due_date')),
      cadence: values.cadence,
    });
  }
  if (rows.length === 0) return { rows, headerLine: headerIndex + 1, problem: { code: 'no_rows' } };
  return { rows, headerLine: headerIndex + 1, problem: null };
}
