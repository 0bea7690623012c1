// The dashboard in one request: public.dashboard_page returns the headline
// and the split (plan_figures), the areas, the unit ranking (unit_figures),
// the trend (plan_trend) and, for today, the ten most overdue tasks, as one
// JSON value.  The answer also fills the caches of each part
// (figureKeys.headline / details / overdue).
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import {
  dashboardFigures,
  type DashboardDetails,
  type DashboardFigures,
  type OverdueTask,
  type PlanFigure,
  type TrendPoint,
  type UnitFigure,
} from './get-figures';
import { figureKeys } from './keys';

export interface DashboardPage {
  figures: DashboardFigures;
  details: DashboardDetails;
  /** The ten most overdue open tasks today; null for a past day. */
  overdue: OverdueTask[] | null;
}

interface DashboardPageJson {
  figures: PlanFigure[];
  areas: Array<{ id: number; name_vi: string; name_en: string }>;
  units: UnitFigure[];
  trend: TrendPoint[];
  overdue: OverdueTask[] | null;
}

export async function getDashboardPage(planId: string, asOf: string | null): Promise<DashboardPage> {
  const { data, error } = await supabase.rpc('dashboard_page', asOf ? { p_plan_id: planId, p_as_of: asOf } : { p_plan_id: planId });
  if (error) throw error;
  const page = data as unknown as DashboardPageJson;
  return {
    figures: dashboardFigures(page.figures, page.areas),
    details: { units: page.units, trend: page.trend },
    overdue: asOf ? null : page.overdue ?? [],
  };
}

function seed(client: QueryClient, planId: string, asOf: string | null, page: DashboardPage) {
  client.setQueryData(figureKeys.headline(planId, asOf), page.figures);
  client.setQueryData(figureKeys.details(planId, asOf), page.details);
  if (page.overdue) client.setQueryData(figureKeys.overdue(planId), page.overdue);
}

export const dashboardPageQueryOptions = (planId: string, asOf: string | null) =>
  queryOptions({
    queryKey: figureKeys.page(planId, asOf),
    queryFn: async ({ client }) => {
      const page = await getDashboardPage(planId, asOf);
      seed(client, planId, asOf, page);
      return page;
    },
  });

export const useDashboardPage = (planId: string | undefined, asOf: string | null) =>
  useQuery({ ...dashboardPageQueryOptions(planId ?? '', asOf), enabled: Boolean(planId) });
