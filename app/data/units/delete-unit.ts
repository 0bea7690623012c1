import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export { isUnitInUse } from './unit-in-use';

/**
 * Deletes a unit that nothing uses.  Once a unit leads a task, has accounts
 * or sub-units, the database refuses with the rule `unit_in_use` (and, behind
 * it, the foreign keys with SQLSTATE 23503): see isUnitInUse().
 */
export async function deleteUnit(id: string) {
  const { data, error } = await supabase.from('units').delete().eq('id', id).select('id').single();
  if (error) throw error;
  return data;
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
