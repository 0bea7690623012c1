// Creating and editing a task with its coordinating units: one call each
// (create_task / update_task_details), so a refused change writes nothing.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { Enums } from '../../lib/database.types';
import { invalidate } from '../invalidate';

export const CADENCES: ReadonlyArray<Enums<'task_cadence'>> = ['once', 'monthly', 'quarterly', 'biannual', 'annual'];

const E = 'planAdmin.errors.';
const date = z.string().refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && v >= '2000-01-01' && v <= '2100-12-31'), `${E}dateInvalid`);

export const taskSchema = z
  .object({
    area_id: z.coerce.number({ error: `${E}areaRequired` }).int(`${E}areaRequired`).min(1, `${E}areaRequired`).max(6, `${E}areaRequired`),
    ordinal: z
      .string()
      .trim()
      .min(1, `${E}ordinalRequired`)
      .regex(/^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/, `${E}ordinalFormat`),
    title: z.string().trim().min(5, `${E}taskTitleLength`).max(1000, `${E}taskTitleLength`),
    expected_output: z.string().trim().max(1000, `${E}outputTooLong`),
    lead_unit_id: z.string().min(1, `${E}leadRequired`),
    coordinator_ids: z.array(z.string()),
    start_date: date,
    due_date: date,
    cadence: z.enum(CADENCES as [Enums<'task_cadence'>, ...Array<Enums<'task_cadence'>>]),
  })
  .refine((v) => !v.start_date || !v.due_date || v.due_date >= v.start_date, { path: ['due_date'], message: `${E}dueBeforeStart` });

export type TaskInput = z.input<typeof taskSchema>;
export type TaskValues = z.output<typeof taskSchema>;

const fields = (v: TaskValues) => ({
  area_id: v.area_id,
  ordinal: v.ordinal,
  title: v.title,
  expected_output: v.expected_output,
  lead_unit_id: v.lead_unit_id,
  start_date: v.start_date,
  due_date: v.due_date,
  cadence: v.cadence,
});

export async function createTask({ planId, values }: { planId: string; values: TaskValues }): Promise<string> {
  const { data, error } = await supabase.rpc('create_task', {
    p_plan_id: planId,
    p_task: fields(values),
    p_coordinator_ids: values.coordinator_ids.filter((id) => id !== values.lead_unit_id),
  });
  if (error) throw error;
  return data;
}

/** Saves an edit based on the version the person saw; a stale one is refused (RT409). */
export async function updateTaskDetails({ taskId, version, values }: { taskId: string; version: number; values: TaskValues }): Promise<number> {
  const { data, error } = await supabase.rpc('update_task_details', {
    p_task_id: taskId,
    p_version: version,
    p_task: fields(values),
    p_coordinator_ids: values.coordinator_ids.filter((id) => id !== values.lead_unit_id),
  });
  if (error) throw error;
  return data;
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTask, onSuccess: () => void invalidate.tasks(queryClient) });
}

export function useUpdateTaskDetails() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTaskDetails, onSuccess: () => void invalidate.tasks(queryClient) });
}
