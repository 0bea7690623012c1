import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

/**
 * Deletes a unit that nothing uses.  Once a unit leads a task, has accounts
 * or sub-units, the foreign keys refuse (SQLSTATE 23503): see isUnitInUse().
 */
export async function deleteUnit(id: string) {
  const { data, error } = await supabase.from('units').delete().eq('id', id).select('id').single();
  if (error) throw error;
  return data;
}

/** True when the database refused the delete because the unit is referenced. */
export function isUnitInUse(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return Boolean(e && (e.code === '23503' || /violates foreign key constraint/.test(e.message ?? '')));
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
