import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database, Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { figureKeys } from './keys';

type Fn<N extends keyof Database['public']['Functions']> = Database['public']['Functions'][N]['Returns'];
export type PlanFigure = Fn<'plan_figures'>[number];
export type UnitFigure = Fn<'unit_figures'>[number];
export type TrendPoint = Fn<'plan_trend'>[number];

/** The headline: the plan's figures, whole and per reform area. */
export interface DashboardFigures {
  whole: PlanFigure;
  areas: Array<PlanFigure & { name_vi: string; name_en: string }>;
}

/** What the page shows below the headline: the unit ranking and the month-by-month trend. */
export interface DashboardDetails {
  units: UnitFigure[];
  trend: TrendPoint[];
}

const planArgs = (planId: string, asOf: string | null) => (asOf ? { p_plan_id: planId, p_as_of: asOf } : { p_plan_id: planId });

/**
 * The headline figures, computed in SQL as of a day (default today), from
 * plan_figures and the areas.  The dashboard asks dashboard_page instead
 * (get-dashboard-page.ts), which seeds this cache and the two below.
 */
export async function getDashboardFigures(planId: string, asOf: string | null): Promise<DashboardFigures> {
  const [figures, areas] = await Promise.all([
    supabase.rpc('plan_figures', planArgs(planId, asOf)),
    supabase.from('reform_areas').select('id, name_vi, name_en').order('id'),
  ]);
  for (const r of [figures, areas]) if (r.error) throw r.error;
  return dashboardFigures(figures.data ?? [], areas.data ?? []);
}

/** The headline from plan_figures' rows (area_id null: the whole plan) and the six areas' names. */
export function dashboardFigures(rows: PlanFigure[], areas: Array<{ id: number; name_vi: string; name_en: string }>): DashboardFigures {
  const empty: PlanFigure = {
    area_id: null as unknown as number, total: 0, done: 0, done_on_time: 0, done_late: 0, open_not_due: 0, open_overdue: 0,
    cancelled: 0, overdue_over_30: 0, overdue_over_90: 0, overdue_over_120: 0,
  };
  return {
    whole: rows.find((r) => r.area_id === null) ?? empty,
    areas: areas.map((area) => ({
      ...(rows.find((r) => r.area_id === area.id) ?? { ...empty, area_id: area.id }),
      name_vi: area.name_vi,
      name_en: area.name_en,
    })),
  };
}

/** The unit ranking and the trend, as of the same day. */
export async function getDashboardDetails(planId: string, asOf: string | null): Promise<DashboardDetails> {
  // One row per unit: a ministry-wide plan can have more units than a page.
  const [units, trend] = await Promise.all([
    fetchAll((from, to) =>
      supabase.rpc('unit_figures', planArgs(planId, asOf)).order('rank').order('unit_id').range(from, to),
    ),
    supabase.rpc('plan_trend', planArgs(planId, asOf)),
  ]);
  if (trend.error) throw trend.error;
  return { units, trend: trend.data ?? [] };
}

export type OverdueTask = Pick<Tables<'task_overview'>, 'id' | 'ordinal' | 'title' | 'lead_unit_short_name' | 'lead_unit_name' | 'judged_due_date' | 'days_late'>;

/** The most overdue open tasks of a plan, today. */
export async function getOverdue(planId: string): Promise<OverdueTask[]> {
  const { data, error } = await supabase
    .from('task_overview')
    .select('id, ordinal, title, lead_unit_short_name, lead_unit_name, judged_due_date, days_late')
    .eq('plan_id', planId)
    .eq('timeliness', 'open_overdue')
    .order('days_late', { ascending: false })
    .order('id')
    .limit(10);
  if (error) throw error;
  return data as OverdueTask[];
}

export const dashboardFiguresQueryOptions = (planId: string, asOf: string | null) =>
  queryOptions({ queryKey: figureKeys.headline(planId, asOf), queryFn: () => getDashboardFigures(planId, asOf) });
export const dashboardDetailsQueryOptions = (planId: string, asOf: string | null) =>
  queryOptions({ queryKey: figureKeys.details(planId, asOf), queryFn: () => getDashboardDetails(planId, asOf) });
export const overdueQueryOptions = (planId: string) =>
  queryOptions({ queryKey: figureKeys.overdue(planId), queryFn: () => getOverdue(planId) });

export const useDashboardFigures = (planId: string | undefined, asOf: string | null) =>
  useQuery({ ...dashboardFiguresQueryOptions(planId ?? '', asOf), enabled: Boolean(planId) });
export const useDashboardDetails = (planId: string | undefined, asOf: string | null) =>
  useQuery({ ...dashboardDetailsQueryOptions(planId ?? '', asOf), enabled: Boolean(planId) });
export const useOverdue = (planId: string | undefined, enabled: boolean) =>
  useQuery({ ...overdueQueryOptions(planId ?? ''), enabled: Boolean(planId) && enabled });
