import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { toNumber, type Direction, type Period } from '../../lib/indicator-format';
import { indicatorKeys } from './keys';

type OverviewRow = Tables<'indicator_overview'>;

/** One indicator with its latest province-wide value (computed in SQL: indicator_overview). */
export interface IndicatorSummary {
  id: string;
  code: string;
  areaId: number;
  nameVi: string;
  nameEn: string;
  unitLabel: string;
  target: number;
  direction: Direction;
  isRate: boolean;
  description: string | null;
  sortOrder: number;
  isActive: boolean;
  valueCount: number;
  latest: {
    id: string;
    year: number;
    period: Period;
    numerator: number;
    denominator: number;
    rate: number;
    achieved: boolean;
  } | null;
}

export function toSummary(row: OverviewRow): IndicatorSummary {
  const latest =
    row.latest_value_id && row.latest_year && row.latest_period
      ? {
          id: row.latest_value_id,
          year: row.latest_year,
          period: row.latest_period,
          numerator: toNumber(row.latest_numerator) ?? 0,
          denominator: toNumber(row.latest_denominator) ?? 0,
          rate: toNumber(row.latest_rate) ?? 0,
          achieved: row.latest_achieved === true,
        }
      : null;
  return {
    id: row.id!,
    code: row.code!,
    areaId: row.area_id!,
    nameVi: row.name_vi!,
    nameEn: row.name_en!,
    unitLabel: row.unit_label ?? '%',
    target: toNumber(row.target) ?? 0,
    direction: row.direction ?? 'at_least',
    isRate: row.is_rate !== false,
    description: row.description,
    sortOrder: row.sort_order ?? 0,
    isActive: row.is_active !== false,
    valueCount: row.value_count ?? 0,
    latest,
  };
}

export async function getIndicators(): Promise<IndicatorSummary[]> {
  const { data, error } = await supabase
    .from('indicator_overview')
    .select('*')
    .order('area_id')
    .order('sort_order')
    .order('code');
  if (error) throw error;
  return data.map(toSummary);
}

export const indicatorsQueryOptions = () => queryOptions({ queryKey: indicatorKeys.list(), queryFn: getIndicators });

export function useIndicators() {
  return useQuery(indicatorsQueryOptions());
}
