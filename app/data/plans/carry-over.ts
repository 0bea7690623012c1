// Year end: Home Affairs carries unfinished tasks of a plan into next year's
// plan (public.carry_over_tasks, one transaction; the database checks the
// year, the status of every task, the target plan and the new due dates).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export interface CarryOverInput {
  targetPlanId: string;
  /** The tasks to carry, each with its due date in the new plan (yyyy-mm-dd). */
  tasks: { id: string; due: string | null }[];
}

export interface CarriedTask {
  source_task_id: string;
  task_id: string;
  ordinal: string;
}

export async function carryOver({ targetPlanId, tasks }: CarryOverInput): Promise<CarriedTask[]> {
  const { data, error } = await supabase.rpc('carry_over_tasks', {
    p_target_plan_id: targetPlanId,
    p_task_ids: tasks.map((task) => task.id),
    // null dates keep the database's default (the old due date a year later).
    p_due_dates: tasks.map((task) => task.due) as string[],
  });
  if (error) throw error;
  return (data ?? []) as CarriedTask[];
}

/**
 * The next year's due date the form proposes: the same day a year later
 * (29 February becomes 28 February).
 */
export function nextYearDate(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const year = Number(date.slice(0, 4)) + 1;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${md}`;
}

export function useCarryOver() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: carryOver, onSuccess: () => void invalidate.plans(queryClient) });
}
