// What the filter lists offer: plans (newest first), units (in their order),
// the six areas, from the entities' own queries.
import { useQueries } from '@tanstack/react-query';
import { combine } from '../../../data/combine';
import { plansQueryOptions, type PlanWithProgress } from '../../../data/plans/get-plans';
import { areasQueryOptions, type Area } from '../../../data/reference/get-areas';
import { unitsQueryOptions, type Unit } from '../../../data/units/get-units';

export interface FilterOptions {
  plans: PlanWithProgress[];
  units: Unit[];
  areas: Area[];
}

export const filterOptionsQueries = () => [plansQueryOptions(), unitsQueryOptions(), areasQueryOptions()] as const;

export function useFilterOptions() {
  return useQueries({
    queries: filterOptionsQueries(),
    combine: combine(([plans, units, areas]): FilterOptions => ({ plans, units, areas })),
  });
}
