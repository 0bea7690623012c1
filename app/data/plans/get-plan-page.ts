// The plan page in one request: public.plan_page returns the plan, the six
// areas' done/total and every task of the plan (one JSON value, so the API's
// 1,000-row cut does not apply to the tasks).  The answer also fills the
// caches of the plan (planKeys.detail) and of its tasks (taskKeys.plan), so
// the plan's forms and any other reader find them without asking again.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { taskKeys } from '../tasks/keys';
import type { PlanTask } from '../tasks/get-plan-tasks';
import { planDetail, type AreaProgress, type PlanDetail } from './get-plan';
import { planKeys } from './keys';

export interface PlanPage {
  detail: PlanDetail;
  /** In the page's order: by area, then by ordinal. */
  tasks: PlanTask[];
}

interface PlanPageJson {
  plan: Tables<'plans'>;
  areas: AreaProgress[];
  tasks: PlanTask[];
}

/** Null when the plan does not exist or the caller may not read it. */
export async function getPlanPage(planId: string): Promise<PlanPage | null> {
  const { data, error } = await supabase.rpc('plan_page', { p_plan_id: planId });
  if (error) throw error;
  if (!data) return null;
  const page = data as unknown as PlanPageJson;
  return { detail: planDetail(page.plan, page.areas), tasks: page.tasks };
}

function seed(client: QueryClient, planId: string, page: PlanPage | null) {
  client.setQueryData(planKeys.detail(planId), page?.detail ?? null);
  if (page) client.setQueryData(taskKeys.plan(planId), page.tasks);
}

export const planPageQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: planKeys.page(planId),
    queryFn: async ({ client }) => {
      const page = await getPlanPage(planId);
      seed(client, planId, page);
      return page;
    },
  });

export function usePlanPage(planId: string) {
  return useQuery(planPageQueryOptions(planId));
}
