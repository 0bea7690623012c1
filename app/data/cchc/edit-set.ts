// Editing a draft set one piece at a time (Home Affairs): its settings (name,
// decision, dates, ranking bands) and its items (add, change, remove).  The
// database refuses every such write once the set is open or published, and
// checks each limit (code format and level, text length, maximum, values).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables, TablesInsert, TablesUpdate } from '../../lib/database.types';
import { fetchAll } from '../fetch-all';
import { invalidate } from '../invalidate';
import { cchcKeys } from './keys';

export type EditableItem = Pick<
  Tables<'cchc_items'>,
  | 'id' | 'set_id' | 'parent_id' | 'code' | 'title' | 'max_points' | 'kind' | 'allowed_values' | 'source' | 'points_per'
  | 'expected_evidence' | 'responsible_unit_id' | 'depth'
>;

/** Every item of a set with the fields the editor changes, in code order (paged past 1,000). */
export function useEditableItems(setId: string, enabled = true) {
  return useQuery({
    queryKey: cchcKeys.setItems(setId),
    enabled,
    queryFn: () =>
      fetchAll<EditableItem>((from, to) =>
        supabase
          .from('cchc_items')
          .select('id, set_id, parent_id, code, title, max_points, kind, allowed_values, source, points_per, expected_evidence, responsible_unit_id, depth')
          .eq('set_id', setId)
          .order('sort_key')
          .order('id')
          .range(from, to),
      ),
  });
}

export type SetSettings = Pick<
  TablesUpdate<'cchc_sets'>,
  'name' | 'decision_doc' | 'cut_off' | 'self_from' | 'self_to' | 'good_min' | 'fair_min' | 'average_min'
>;

export async function saveSetSettings({ setId, values }: { setId: string; values: SetSettings }) {
  const { data, error } = await supabase.from('cchc_sets').update(values).eq('id', setId).select('id').maybeSingle();
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useSaveSetSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSetSettings, onSettled: () => invalidate.cchc(queryClient) });
}

export type ItemValues = Pick<
  TablesInsert<'cchc_items'>,
  'code' | 'title' | 'max_points' | 'kind' | 'allowed_values' | 'expected_evidence' | 'responsible_unit_id'
>;

/** Adds an item to a draft set, or changes the one with `id`. */
export async function saveItem({ setId, id, values }: { setId: string; id?: string; values: ItemValues }) {
  if (id) {
    const { data, error } = await supabase.from('cchc_items').update(values).eq('id', id).select('id').maybeSingle();
    if (error) throw error;
    if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
    return data;
  }
  const { data, error } = await supabase.from('cchc_items').insert({ ...values, set_id: setId }).select('id').single();
  if (error) throw error;
  return data;
}

export function useSaveItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveItem, onSettled: () => invalidate.cchc(queryClient) });
}

/** Removes an item (and the items under it) from a draft set. */
export async function removeItem(id: string) {
  const { data, error } = await supabase.from('cchc_items').delete().eq('id', id).select('id');
  if (error) throw error;
  if (!data?.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

export function useRemoveItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeItem, onSettled: () => invalidate.cchc(queryClient) });
}
