import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { toNumber, type Period } from '../../lib/indicator-format';
import { fetchAll } from '../fetch-all';
import { indicatorKeys } from './keys';

/** One recorded value with its rate and achievement (computed in SQL: indicator_value_rates). */
export interface IndicatorValue {
  id: string;
  unitId: string | null;
  year: number;
  period: Period;
  periodOrder: number;
  numerator: number;
  denominator: number;
  rate: number;
  achieved: boolean;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: string;
  version: number;
}

/** Every value of an indicator, newest period first. */
export async function getIndicatorValues(indicatorId: string): Promise<IndicatorValue[]> {
  const data = await fetchAll((from, to) =>
    supabase
      .from('indicator_value_rates')
      .select('id, unit_id, year, period, period_order, numerator, denominator, rate, achieved, note, recorded_by, recorded_at, version')
      .eq('indicator_id', indicatorId)
      .order('period_order', { ascending: false })
      .order('id')
      .range(from, to),
  );
  const people = [...new Set(data.map((r) => r.recorded_by).filter((id): id is string => Boolean(id)))];
  const names = new Map<string, string>();
  if (people.length) {
    const profiles = await supabase.from('profiles').select('id, full_name, email').in('id', people);
    if (profiles.error) throw profiles.error;
    for (const p of profiles.data) names.set(p.id, p.full_name ?? p.email);
  }
  return data.map((r) => ({
    id: r.id!,
    unitId: r.unit_id,
    year: r.year!,
    period: r.period!,
    periodOrder: r.period_order!,
    numerator: toNumber(r.numerator) ?? 0,
    denominator: toNumber(r.denominator) ?? 0,
    rate: toNumber(r.rate) ?? 0,
    achieved: r.achieved === true,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by ? (names.get(r.recorded_by) ?? null) : null,
    recordedAt: r.recorded_at!,
    version: r.version ?? 1,
  }));
}

export const indicatorValuesQueryOptions = (indicatorId: string) =>
  queryOptions({ queryKey: indicatorKeys.values(indicatorId), queryFn: () => getIndicatorValues(indicatorId) });

export function useIndicatorValues(indicatorId: string) {
  return useQuery(indicatorValuesQueryOptions(indicatorId));
}
