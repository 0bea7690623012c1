import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { planKeys } from './keys';

export type PlanWithProgress = Tables<'plans'> & { total: number; done: number; cancelled: number };

/**
 * Every plan, newest first, each with its done/total counted in SQL
 * (plan_progress view).  The plans list, the dashboard's and the task list's
 * plan pickers and the report form all read this one list.
 */
export async function getPlans(): Promise<PlanWithProgress[]> {
  const [plans, progress] = await Promise.all([
    fetchAll((from, to) =>
      supabase
        .from('plans')
        .select('*')
        .order('year', { ascending: false })
        .order('issued_on', { ascending: false })
        .order('id')
        .range(from, to),
    ),
    fetchAll((from, to) => supabase.from('plan_progress').select('*').order('plan_id').range(from, to)),
  ]);
  const byPlan = new Map(progress.map((row) => [row.plan_id, row]));
  return plans.map((plan) => {
    const p = byPlan.get(plan.id);
    return { ...plan, total: p?.total ?? 0, done: p?.done ?? 0, cancelled: p?.cancelled ?? 0 };
  });
}

export const plansQueryOptions = () => queryOptions({ queryKey: planKeys.list(), queryFn: getPlans });

export function usePlans() {
  return useQuery(plansQueryOptions());
}

/** The plan a dashboard opens on: this year's plan in force, else the newest. */
export function defaultPlan<P extends Pick<Tables<'plans'>, 'status'>>(plans: P[]): P | undefined {
  return plans.find((p) => p.status === 'in_force') ?? plans[0];
}

/** Plans a report can be compiled on (issued ones), newest year first. */
export function useIssuedPlans() {
  return useQuery({
    ...plansQueryOptions(),
    select: (plans) => plans.filter((p) => p.status !== 'draft').sort((a, b) => b.year - a.year || a.doc_number.localeCompare(b.doc_number)),
  });
}
