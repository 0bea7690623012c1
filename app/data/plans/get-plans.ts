import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { planKeys } from './keys';

export type PlanWithProgress = Tables<'plans'> & { total: number; done: number; cancelled: number };

/** Plans, newest first, each with its done/total counted in SQL (plan_progress view). */
export async function getPlans(): Promise<PlanWithProgress[]> {
  const [plans, progress] = await Promise.all([
    supabase.from('plans').select('*').order('year', { ascending: false }).order('issued_on', { ascending: false }),
    supabase.from('plan_progress').select('*'),
  ]);
  if (plans.error) throw plans.error;
  if (progress.error) throw progress.error;
  const byPlan = new Map(progress.data.map((row) => [row.plan_id, row]));
  return plans.data.map((plan) => {
    const p = byPlan.get(plan.id);
    return { ...plan, total: p?.total ?? 0, done: p?.done ?? 0, cancelled: p?.cancelled ?? 0 };
  });
}

export const plansQueryOptions = () => queryOptions({ queryKey: planKeys.list(), queryFn: getPlans });

export function usePlans() {
  return useQuery(plansQueryOptions());
}
