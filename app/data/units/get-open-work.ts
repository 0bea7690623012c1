import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { unitKeys } from './keys';

export type OpenTask = Pick<Tables<'tasks'>, 'id' | 'ordinal' | 'title' | 'status' | 'lead_unit_id'> & {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'year' | 'status'>;
};
export type UnitAccount = Pick<Tables<'profiles'>, 'id' | 'email' | 'full_name' | 'role' | 'unit_id'>;

export interface OpenWork {
  /** Tasks that move with their unit: not done, not cancelled, in plans that are not closed (as the database moves them). */
  tasks: OpenTask[];
  /** Every account of the units (the database moves or closes each). */
  accounts: UnitAccount[];
}

/** What a reorganisation of these units would move: their open tasks and their accounts. */
export async function getOpenWork(unitIds: readonly string[]): Promise<OpenWork> {
  if (unitIds.length === 0) return { tasks: [], accounts: [] };
  const ids = [...unitIds];
  const [tasks, accounts] = await Promise.all([
    fetchAll((from, to) =>
      supabase
        .from('tasks')
        .select('id, ordinal, title, status, lead_unit_id, plan:plans!tasks_plan_id_fkey!inner(id, doc_number, year, status)')
        .in('lead_unit_id', ids)
        .not('status', 'in', '(done,cancelled)')
        .neq('plan.status', 'closed')
        .order('plan_id')
        .order('ordinal')
        .order('id')
        .range(from, to),
    ),
    fetchAll((from, to) =>
      supabase
        .from('profiles')
        .select('id, email, full_name, role, unit_id')
        .in('unit_id', ids)
        .order('email')
        .order('id')
        .range(from, to),
    ),
  ]);
  return { tasks: tasks as unknown as OpenTask[], accounts: accounts as UnitAccount[] };
}

export const openWorkQueryOptions = (unitIds: readonly string[]) =>
  queryOptions({ queryKey: unitKeys.openWork(unitIds), queryFn: () => getOpenWork(unitIds), staleTime: 0 });

export function useOpenWork(unitIds: readonly string[]) {
  return useQuery(openWorkQueryOptions(unitIds));
}
