import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { Constants } from '../../lib/database.types';
import { invalidate } from '../invalidate';

// The same limits as the units table (units_code_format, units_name_length);
// messages are i18n keys.
export const UNIT_CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;

export const unitFieldsSchema = z.object({
  name: z.string().trim().min(2, 'admin.units.form.nameLength').max(200, 'admin.units.form.nameLength'),
  short_name: z.string().trim().max(100, 'admin.units.form.shortNameLength'),
  kind: z.enum(Constants.public.Enums.unit_kind),
  /** '' = top level */
  parent_id: z.string(),
});

export const newUnitSchema = unitFieldsSchema.extend({
  code: z.string().trim().regex(UNIT_CODE, 'admin.units.form.codeFormat'),
  /** '' = has always worked; otherwise the day it starts (units_valid_dates). */
  valid_from: z
    .string()
    .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31'), 'admin.units.form.validFromRange'),
});
export type NewUnitInput = z.infer<typeof newUnitSchema>;

export async function createUnit(input: NewUnitInput) {
  const { data, error } = await supabase
    .from('units')
    .insert({
      code: input.code.trim().toUpperCase(),
      name: input.name.trim(),
      short_name: input.short_name.trim() || null,
      kind: input.kind,
      parent_id: input.parent_id || null,
      valid_from: input.valid_from || null,
    })
    .select('id, name')
    .single();
  if (error) throw error;
  return data;
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSettled: () => invalidate.units(queryClient),
  });
}
