import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { unitKeys } from './keys';

export type Reorganisation = Pick<Tables<'unit_reorganisations'>, 'id' | 'kind' | 'effective_on' | 'decision' | 'note' | 'created_at'>;
export type Succession = Pick<Tables<'unit_successions'>, 'reorganisation_id' | 'predecessor_id' | 'successor_id'>;
export type FormerName = Pick<Tables<'unit_names'>, 'id' | 'unit_id' | 'name' | 'short_name' | 'valid_to' | 'reorganisation_id'>;

export interface ReorganisationHistory {
  reorganisations: Reorganisation[];
  successions: Succession[];
  /** Every former name of every unit: the history names units as they were called on the day. */
  formerNames: FormerName[];
}

/** Every merger, split and renaming, newest first, with the units they involved (by id) and former names. */
export async function getReorganisations(): Promise<ReorganisationHistory> {
  const [reorganisations, successions, formerNames] = await Promise.all([
    fetchAll((from, to) =>
      supabase
        .from('unit_reorganisations')
        .select('id, kind, effective_on, decision, note, created_at')
        .order('effective_on', { ascending: false })
        .order('created_at', { ascending: false })
        .order('id')
        .range(from, to),
    ),
    fetchAll((from, to) =>
      supabase
        .from('unit_successions')
        .select('reorganisation_id, predecessor_id, successor_id')
        .order('reorganisation_id')
        .order('predecessor_id')
        .order('successor_id')
        .range(from, to),
    ),
    fetchAll((from, to) =>
      supabase
        .from('unit_names')
        .select('id, unit_id, name, short_name, valid_to, reorganisation_id')
        .order('unit_id')
        .order('valid_to')
        .order('id')
        .range(from, to),
    ),
  ]);
  return { reorganisations, successions, formerNames } as ReorganisationHistory;
}

export const reorganisationsQueryOptions = () =>
  queryOptions({ queryKey: unitKeys.reorganisations(), queryFn: getReorganisations, staleTime: 5 * 60_000 });

export function useReorganisations() {
  return useQuery(reorganisationsQueryOptions());
}
