// What reading an appendix needs: the plan, the reform areas, the units (to
// match names and codes) and the ordinals the plan already uses.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';
import type { Tables } from '../../../lib/database.types';
import type { AreaRef, UnitRef } from '../lib/match';
import { importKeys } from './keys';

export interface ImportContext {
  plan: Pick<Tables<'plans'>, 'id' | 'doc_number' | 'title' | 'year' | 'status'>;
  areas: AreaRef[];
  units: UnitRef[];
  ordinals: string[];
}

export async function getImportContext(planId: string): Promise<ImportContext | null> {
  const [plan, areas, units, tasks] = await Promise.all([
    supabase.from('plans').select('id, doc_number, title, year, status').eq('id', planId).maybeSingle(),
    supabase.from('reform_areas').select('id, code, name_vi, name_en').order('id'),
    supabase.from('units').select('id, code, name, short_name, is_active').order('sort_order'),
    supabase.from('tasks').select('ordinal').eq('plan_id', planId),
  ]);
  if (plan.error) throw plan.error;
  if (areas.error) throw areas.error;
  if (units.error) throw units.error;
  if (tasks.error) throw tasks.error;
  if (!plan.data) return null;
  return { plan: plan.data, areas: areas.data, units: units.data, ordinals: tasks.data.map((t) => t.ordinal) };
}

export const importContextQueryOptions = (planId: string) =>
  queryOptions({ queryKey: importKeys.context(planId), queryFn: () => getImportContext(planId), staleTime: 0 });

export function useImportContext(planId: string) {
  return useQuery(importContextQueryOptions(planId));
}
