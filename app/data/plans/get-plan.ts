import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { planKeys } from './keys';

export interface AreaProgress {
  area: Tables<'reform_areas'>;
  total: number;
  done: number;
  cancelled: number;
}

export interface PlanDetail {
  plan: Tables<'plans'>;
  areas: AreaProgress[];
  total: number;
  done: number;
  cancelled: number;
}

/**
 * One plan with done/total for the plan and for each of the six areas (counted
 * in SQL), from the tables.  The plan page asks plan_page instead
 * (get-plan-page.ts), which seeds this cache.
 */
export async function getPlan(planId: string): Promise<PlanDetail | null> {
  const [plan, areas, progress] = await Promise.all([
    supabase.from('plans').select('*').eq('id', planId).maybeSingle(),
    supabase.from('reform_areas').select('*').order('id'),
    supabase.from('plan_area_progress').select('*').eq('plan_id', planId),
  ]);
  if (plan.error) throw plan.error;
  if (areas.error) throw areas.error;
  if (progress.error) throw progress.error;
  if (!plan.data) return null;
  const byArea = new Map(progress.data.map((row) => [row.area_id, row]));
  return planDetail(
    plan.data,
    areas.data.map((area) => {
      const p = byArea.get(area.id);
      return { area, total: p?.total ?? 0, done: p?.done ?? 0, cancelled: p?.cancelled ?? 0 };
    }),
  );
}

/** The plan with its areas' figures and their sums. */
export function planDetail(plan: Tables<'plans'>, rows: AreaProgress[]): PlanDetail {
  return {
    plan,
    areas: rows,
    total: rows.reduce((sum, row) => sum + row.total, 0),
    done: rows.reduce((sum, row) => sum + row.done, 0),
    cancelled: rows.reduce((sum, row) => sum + row.cancelled, 0),
  };
}

export const planQueryOptions = (planId: string) =>
  queryOptions({ queryKey: planKeys.detail(planId), queryFn: () => getPlan(planId) });

export function usePlan(planId: string) {
  return useQuery(planQueryOptions(planId));
}

/** The plan's own row (for its forms), from the same query as the plan page. */
export function usePlanRecord(planId: string) {
  return useQuery({ ...planQueryOptions(planId), select: (detail) => detail?.plan ?? null });
}
