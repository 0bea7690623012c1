import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { Constants, type Enums } from '../../lib/database.types';
import { invalidate } from '../invalidate';

/** Roles that work for one unit (the database checks the same). */
export const ROLES_WITH_UNIT: ReadonlyArray<Enums<'app_role'>> = ['dept_head', 'interior'];

export const roleSchema = z
  .object({
    role: z.union([z.enum(Constants.public.Enums.app_role), z.literal('')]),
    /** '' = no unit */
    unit_id: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.role === '') ctx.addIssue({ code: 'custom', path: ['role'], message: 'admin.users.form.roleRequired' });
    if (value.role !== '' && ROLES_WITH_UNIT.includes(value.role) && !value.unit_id) {
      ctx.addIssue({ code: 'custom', path: ['unit_id'], message: 'admin.users.form.unitRequired' });
    }
  });
export type RoleInput = z.infer<typeof roleSchema>;

/**
 * Gives an account a role and unit, or takes them away (role null).  Only an
 * administrator may; the database refuses a head of unit without a unit, an
 * inactive unit and a change of one's own role.
 */
export async function updateUserRole({ id, role, unitId }: { id: string; role: Enums<'app_role'> | null; unitId: string | null }) {
  const { data, error } = await supabase
    .from('profiles')
    .update({ role, unit_id: unitId })
    .eq('id', id)
    .select('id, role, unit_id')
    .single();
  if (error) throw error;
  return data;
}

export function useUpdateUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRole,
    onSettled: () => invalidate.profiles(queryClient),
  });
}
