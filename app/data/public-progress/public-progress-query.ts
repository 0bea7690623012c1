// public_progress(): one document per published plan, exactly what
// /cong-khai shows.  Callable signed out (the anon key), and by everyone.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Enums } from '../../lib/database.types';
import type { Timeliness } from '../../lib/task-filters';
import { publicProgressKeys } from './keys';

export type { Timeliness };

export interface PublicCounts {
  total: number;
  done: number;
  done_on_time: number;
  done_late: number;
  open_not_due: number;
  open_overdue: number;
}

export interface PublicPlan {
  plan: { id: string; doc_number: string; title: string; year: number; issuer: string; issued_on: string | null; status: Enums<'plan_status'> };
  as_of: string;
  headline: PublicCounts & { rate: number; cancelled: number };
  areas: Array<PublicCounts & { area_id: number; name_vi: string; name_en: string }>;
  units: Array<PublicCounts & { rank: number; name: string; completion_rate: number; on_time_rate: number }>;
  tasks: Array<{
    ordinal: string;
    area_id: number;
    title: string;
    expected_output: string | null;
    lead_unit: string;
    due_date: string | null;
    status: Enums<'task_status'>;
    timeliness: Timeliness;
    completed_on: string | null;
  }>;
}

export async function getPublicProgress(): Promise<PublicPlan[]> {
  const { data, error } = await supabase.rpc('public_progress');
  if (error) throw error;
  return (data ?? []).map((row) => row.plan as unknown as PublicPlan);
}

export const publicProgressQueryOptions = () =>
  queryOptions({ queryKey: publicProgressKeys.list(), queryFn: getPublicProgress, staleTime: 60_000 });

export const usePublicProgress = () => useQuery(publicProgressQueryOptions());
