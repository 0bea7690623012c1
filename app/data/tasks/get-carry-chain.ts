// The whole carry-over chain of a task (task_carry_chain): every task it
// continues from earlier years' plans and every task that continues it,
// oldest first, each with its plan.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { taskKeys } from './keys';

export type CarryStep = Database['public']['Functions']['task_carry_chain']['Returns'][number];

export async function getCarryChain(taskId: string): Promise<CarryStep[]> {
  const { data, error } = await supabase.rpc('task_carry_chain', { p_task_id: taskId });
  if (error) throw error;
  return data ?? [];
}

export const carryChainQueryOptions = (taskId: string) =>
  queryOptions({ queryKey: taskKeys.carryChain(taskId), queryFn: () => getCarryChain(taskId) });

export const useCarryChain = (taskId: string) => useQuery(carryChainQueryOptions(taskId));
