// The commit: every row in one call (import_tasks), one transaction.  The
// database checks every row again and refuses the whole file, listing the
// bad rows, if any is wrong.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { invalidate } from '../invalidate';

export type ImportRows = Database['public']['Functions']['import_tasks']['Args']['p_rows'];

export async function importTasks({ planId, rows }: { planId: string; rows: ImportRows }): Promise<number> {
  const { data, error } = await supabase.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
  if (error) throw error;
  return data;
}

export function useImportTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importTasks,
    // The plan's tasks, figures and the ordinals it uses all change.
    onSettled: () => invalidate.tasks(queryClient),
  });
}
