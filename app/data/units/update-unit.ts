import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { TablesUpdate } from '../../lib/database.types';
import type { unitFieldsSchema } from './create-unit';
import { invalidate } from '../invalidate';

export type UnitFieldsInput = z.infer<typeof unitFieldsSchema>;
type UnitPatch = Pick<TablesUpdate<'units'>, 'name' | 'short_name' | 'kind' | 'parent_id' | 'is_active'>;

/** Rename, move (new parent) or (de)activate one unit.  The database refuses a move under its own sub-unit. */
export async function updateUnit({ id, patch }: { id: string; patch: UnitPatch }) {
  const { data, error } = await supabase.from('units').update(patch).eq('id', id).select('id, name').single();
  if (error) throw error;
  return data;
}

/** The form's values as a change to the row. */
export function fieldsToPatch(input: UnitFieldsInput): UnitPatch {
  return {
    name: input.name.trim(),
    short_name: input.short_name.trim() || null,
    kind: input.kind,
    parent_id: input.parent_id || null,
  };
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
