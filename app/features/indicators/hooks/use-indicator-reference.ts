// The six reform areas and the units, for names and for the pickers: the
// indicator pages combine these queries with their own.
import { areasQueryOptions, type Area } from '../../../data/reference/get-areas';
import { unitsQueryOptions, type Unit } from '../../../data/units/get-units';

export type AreaRef = Area;
export type UnitRef = Unit;

export const indicatorReferenceQueries = () => [areasQueryOptions(), unitsQueryOptions()] as const;
