// Checks the rows of a file before anything is sent, with the same rules and
// in the same order as the database's import_tasks(): the preview lists
// exactly the rows the import would refuse, each with its reasons.
import { INVALID, readDate } from './dates';
import { matchArea, matchCadence, matchUnit, type AreaRef, type Cadence, type UnitRef } from './match';
import type { RawRow } from './parse-appendix';
import { charLength, squash } from './text';

export const PROBLEM_CODES = [
  'ordinal_missing',
  'ordinal_format',
  'ordinal_duplicate',
  'ordinal_exists',
  'area_missing',
  'area_unknown',
  'title_missing',
  'title_length',
  'output_too_long',
  'lead_unit_missing',
  'lead_unit_unknown',
  'coordinator_unknown',
  'start_date_invalid',
  'due_date_invalid',
  'due_before_start',
  'cadence_unknown',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  value?: string;
}

export interface CheckedRow {
  row: RawRow;
  problems: Problem[];
  areaId: number | null;
  title: string;
  lead: UnitRef | null;
  coordinators: UnitRef[];
  start: string | null;
  due: string | null;
  cadence: Cadence | null;
}

export interface Reference {
  areas: readonly AreaRef[];
  units: readonly UnitRef[];
  /** Ordinals already used in the plan. */
  existingOrdinals: ReadonlySet<string>;
}

const ORDINAL = /^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/;

export function checkRows(rows: readonly RawRow[], ref: Reference): CheckedRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const problems: Problem[] = [];

    const ordinal = row.ordinal.trim();
    if (!ordinal) problems.push({ code: 'ordinal_missing' });
    else if (!ORDINAL.test(ordinal)) problems.push({ code: 'ordinal_format', value: ordinal });
    else if (seen.has(ordinal)) problems.push({ code: 'ordinal_duplicate', value: ordinal });
    else if (ref.existingOrdinals.has(ordinal)) problems.push({ code: 'ordinal_exists', value: ordinal });
    if (ordinal) seen.add(ordinal);

    const areaText = row.area.trim();
    const areaId = matchArea(areaText, ref.areas);
    if (!areaText) problems.push({ code: 'area_missing' });
    else if (areaId === null) problems.push({ code: 'area_unknown', value: areaText });

    const title = squash(row.title);
    if (!title) problems.push({ code: 'title_missing' });
    else if (charLength(title) < 5 || charLength(title) > 1000) problems.push({ code: 'title_length' });

    if (charLength(row.expected_output.trim()) > 1000) problems.push({ code: 'output_too_long' });

    const leadText = row.lead_unit.trim();
    const lead = matchUnit(leadText, ref.units);
    if (!leadText) problems.push({ code: 'lead_unit_missing' });
    else if (!lead) problems.push({ code: 'lead_unit_unknown', value: leadText });

    const coordinators: UnitRef[] = [];
    for (const name of row.coordinators.map((c) => c.trim()).filter(Boolean)) {
      const unit = matchUnit(name, ref.units);
      if (!unit) problems.push({ code: 'coordinator_unknown', value: name });
      else if (unit.id !== lead?.id && !coordinators.some((c) => c.id === unit.id)) coordinators.push(unit);
    }

    const start = readDate(row.start_date);
    const due = readDate(row.due_date);
    if (start === INVALID) problems.push({ code: 'start_date_invalid', value: row.start_date.trim() });
    if (due === INVALID) problems.push({ code: 'due_date_invalid', value: row.due_date.trim() });
    if (start && due && start !== INVALID && due !== INVALID && due < start) problems.push({ code: 'due_before_start' });

    const cadence = matchCadence(row.cadence);
    if (cadence === null) problems.push({ code: 'cadence_unknown', value: row.cadence.trim() });

    return {
      row,
      problems,
      areaId,
      title,
      lead,
      coordinators,
      start: start === INVALID ? null : start,
      due: due === INVALID ? null : due,
      cadence,
    };
  });
}

/** What import_tasks() receives for a row: the file's own text, dates as yyyy-mm-dd where they were read. */
export function toPayload(checked: readonly CheckedRow[]) {
  return checked.map(({ row, start, due }) => ({
    line: row.line,
    ordinal: row.ordinal.trim(),
    area: row.area.trim(),
    title: row.title,
    expected_output: row.expected_output,
    lead_unit: row.lead_unit.trim(),
    coordinators: row.coordinators,
    start_date: start ?? row.start_date.trim(),
    due_date: due ?? row.due_date.trim(),
    cadence: row.cadence.trim(),
  }));
}
