// The bad rows the database listed when it refused an import.
import type { ProblemCode } from './validate';

export interface RefusedRow {
  line: number;
  ordinal: string;
  problems: Array<{ code: ProblemCode; value?: string }>;
}

/** The bad rows the database listed when it refused an import, if that is why it refused. */
export function refusedRows(error: unknown): RefusedRow[] {
  const e = error as { hint?: string | null; details?: string | null } | null;
  if (!e || e.hint !== 'import_bad_rows' || !e.details) return [];
  try {
    const parsed = JSON.parse(e.details) as { rows?: RefusedRow[] };
    return Array.isArray(parsed.rows) ? parsed.rows : [];
  } catch {
    return [];
  }
}
