import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { indicatorKeys } from './keys';
import { toSummary, type IndicatorSummary } from './get-indicators';

export async function getIndicator(id: string): Promise<IndicatorSummary | null> {
  const { data, error } = await supabase.from('indicator_overview').select('*').eq('id', id).maybeSingle();
  if (error) throw error;
  return data ? toSummary(data) : null;
}

export const indicatorQueryOptions = (id: string) => queryOptions({ queryKey: indicatorKeys.detail(id), queryFn: () => getIndicator(id) });

export function useIndicator(id: string) {
  return useQuery(indicatorQueryOptions(id));
}
