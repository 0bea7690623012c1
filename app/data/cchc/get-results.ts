// Rankings, area summaries, points at risk and lost points.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Database } from '../../lib/database.types';
import { cchcKeys } from './keys';

type Fn = Database['public']['Functions'];
export type RankingRow = Fn['cchc_ranking']['Returns'][number];
export type AreaSummaryRow = Fn['cchc_area_summary']['Returns'][number];
export type RiskRow = Fn['cchc_points_at_risk']['Returns'][number];
export type RiskOverviewRow = Fn['cchc_points_at_risk_overview']['Returns'][number];
export type LostPointsRow = Fn['cchc_lost_points']['Returns'][number];
export interface RiskTask {
  task_id: string;
  ordinal: string;
  title: string;
  deadline: string | null;
  timeliness: string;
}

export const rankingQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: cchcKeys.ranking(setId),
    queryFn: () => getRanking(setId),
  });
export const useRanking = (setId: string | undefined) => useQuery({ ...rankingQueryOptions(setId ?? ''), enabled: !!setId });

export const areaSummaryQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: cchcKeys.areaSummary(setId),
    queryFn: () => getAreaSummary(setId),
  });
export const useAreaSummary = (setId: string | undefined) => useQuery({ ...areaSummaryQueryOptions(setId ?? ''), enabled: !!setId });

export const riskQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: cchcKeys.risk(assessmentId),
    queryFn: async (): Promise<RiskRow[]> => {
      const { data, error } = await supabase.rpc('cchc_points_at_risk', { p_assessment_id: assessmentId });
      if (error) throw error;
      return data ?? [];
    },
  });
export const usePointsAtRisk = (assessmentId: string | undefined) =>
  useQuery({ ...riskQueryOptions(assessmentId ?? ''), enabled: !!assessmentId });

export const riskOverviewQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: cchcKeys.riskOverview(setId),
    queryFn: async (): Promise<RiskOverviewRow[]> => {
      const { data, error } = await supabase.rpc('cchc_points_at_risk_overview', { p_set_id: setId });
      if (error) throw error;
      return data ?? [];
    },
  });
export const useRiskOverview = (setId: string | undefined) => useQuery({ ...riskOverviewQueryOptions(setId ?? ''), enabled: !!setId });

export const lostPointsQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: cchcKeys.lost(assessmentId),
    queryFn: () => getLostPoints(assessmentId),
  });
export const useLostPoints = (assessmentId: string | undefined) =>
  useQuery({ ...lostPointsQueryOptions(assessmentId ?? ''), enabled: !!assessmentId });

export function riskTasks(row: RiskRow): RiskTask[] {
  return Array.isArray(row.tasks) ? (row.tasks as unknown as RiskTask[]) : [];
}

/** One row per assessment (a set has one per unit: at most a few hundred, aggregated in SQL). */
export async function getRanking(setId: string): Promise<RankingRow[]> {
  const { data, error } = await supabase.rpc('cchc_ranking', { p_set_id: setId });
  if (error) throw error;
  return data ?? [];
}

/** One row per area of the set, averaged in SQL. */
export async function getAreaSummary(setId: string): Promise<AreaSummaryRow[]> {
  const { data, error } = await supabase.rpc('cchc_area_summary', { p_set_id: setId });
  if (error) throw error;
  return data ?? [];
}

/** One row per criterion or component that lost points. */
export async function getLostPoints(assessmentId: string): Promise<LostPointsRow[]> {
  const { data, error } = await supabase.rpc('cchc_lost_points', { p_assessment_id: assessmentId });
  if (error) throw error;
  return data ?? [];
}
