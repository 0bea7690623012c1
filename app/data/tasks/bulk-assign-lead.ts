import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { PlanRow } from './get-plan-rows';
import { invalidate } from '../invalidate';

/** One transaction: every selected task gets the new lead unit, or none does. */
export async function bulkAssignLead({ planId, tasks, leadUnitId }: { planId: string; tasks: PlanRow[]; leadUnitId: string }): Promise<number> {
  const { data, error } = await supabase.rpc('bulk_assign_lead_unit', {
    p_plan_id: planId,
    p_tasks: tasks.map((t) => ({ id: t.id, version: t.version })),
    p_lead_unit_id: leadUnitId,
  });
  if (error) throw error;
  return data;
}

export function useBulkAssignLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkAssignLead, onSettled: () => void invalidate.tasks(queryClient) });
}
