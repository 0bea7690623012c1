// What reading an appendix needs: the plan, the reform areas, the units (to
// match names and codes) and the ordinals the plan already uses, each from
// its entity's own query (the route's loader prefetches the same ones).
import { useQueries } from '@tanstack/react-query';
import { combine } from '../../../data/combine';
import { planQueryOptions } from '../../../data/plans/get-plan';
import { areasQueryOptions } from '../../../data/reference/get-areas';
import { unitsQueryOptions } from '../../../data/units/get-units';
import { planOrdinalsQueryOptions } from '../../../data/tasks/get-plan-rows';
import type { Tables } from '../../../lib/database.types';
import type { AreaRef, UnitRef } from '../lib/match';

export interface ImportContext {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year' | 'status'>;
  areas: AreaRef[];
  units: UnitRef[];
  ordinals: string[];
}

export const importContextQueries = (planId: string) =>
  [planQueryOptions(planId), areasQueryOptions(), unitsQueryOptions(), planOrdinalsQueryOptions(planId)] as const;

/** The context, or null when the plan does not exist (or is not visible). */
export function useImportContext(planId: string) {
  return useQueries({
    queries: importContextQueries(planId),
    combine: combine(([plan, areas, units, ordinals]): ImportContext | null =>
      plan?.plan ? { plan: plan.plan, areas, units, ordinals } : null,
    ),
  });
}
