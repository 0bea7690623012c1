// The six reform areas and the units, for names and for the pickers.
import { useQueries } from '@tanstack/react-query';
import { combine } from '../../../data/combine';
import { areasQueryOptions, type Area } from '../../../data/reference/get-areas';
import { unitsQueryOptions, type Unit } from '../../../data/units/get-units';

export type AreaRef = Area;
export type UnitRef = Unit;

export interface IndicatorReference {
  areas: AreaRef[];
  units: UnitRef[];
}

export const indicatorReferenceQueries = () => [areasQueryOptions(), unitsQueryOptions()] as const;

export function useIndicatorReference() {
  return useQueries({
    queries: indicatorReferenceQueries(),
    combine: combine(([areas, units]): IndicatorReference => ({ areas, units })),
  });
}
