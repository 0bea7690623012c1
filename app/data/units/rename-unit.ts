import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';
import { reorgDetailsSchema } from './merge-units';
import { z } from 'zod';

export const renameSchema = reorgDetailsSchema.extend({
  unit: z.string().min(1),
  name: z.string().trim().min(2, 'admin.units.form.nameLength').max(200, 'admin.units.form.nameLength'),
  short_name: z.string().trim().max(100, 'admin.units.form.shortNameLength'),
});
export type RenameInput = z.infer<typeof renameSchema>;

/** Renames a unit from a date; the former name stays for the days before (figures, history). */
export async function renameUnit(input: RenameInput): Promise<string> {
  const { data, error } = await supabase.rpc('rename_unit', {
    p_unit: input.unit,
    p_name: input.name.trim(),
    p_short_name: input.short_name.trim(),
    p_effective_on: input.effective_on,
    p_decision: input.decision.trim() || undefined,
    p_note: input.note.trim() || undefined,
  });
  if (error) throw error;
  return data;
}

export function useRenameUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
