// Building a set: importing rows of an Excel file, copying
// last year's set, and opening a draft set for scoring.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Json } from '../../lib/database.types';
import { invalidate } from '../invalidate';

export async function importItems({ setId, rows }: { setId: string; rows: Array<Record<string, string | number>> }) {
  const { data, error } = await supabase.rpc('cchc_import_items', { p_set_id: setId, p_rows: rows as unknown as Json });
  if (error) throw error;
  return data;
}

export function useImportItems() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importItems, onSettled: () => invalidate.cchc(queryClient) });
}

export async function copySet({ fromSetId, year }: { fromSetId: string; year: number }) {
  const { data, error } = await supabase.rpc('cchc_copy_set', { p_from_set_id: fromSetId, p_year: year });
  if (error) throw error;
  return data as string;
}

export function useCopySet() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: copySet, onSettled: () => invalidate.cchc(queryClient) });
}

export async function openSet(setId: string) {
  const { data, error } = await supabase.rpc('cchc_open_set', { p_set_id: setId });
  if (error) throw error;
  return data;
}

export function useOpenSet() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openSet, onSettled: () => invalidate.cchc(queryClient) });
}
