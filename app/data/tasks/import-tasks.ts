// The commit: every row in one call (import_tasks), one transaction.  The
// database checks every row again and refuses the whole file, listing the
// bad rows, if any is wrong.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { ProblemCode } from '../../features/import/lib/validate';
import type { toPayload } from '../../features/import/lib/validate';

export async function importTasks({ planId, rows }: { planId: string; rows: ReturnType<typeof toPayload> }): Promise<number> {
  const { data, error } = await supabase.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
  if (error) throw error;
  return data;
}

export function useImportTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importTasks,
    // Plans, their tasks and figures all change; the plan's ordinals too.
    onSettled: () => void queryClient.invalidateQueries(),
  });
}

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
