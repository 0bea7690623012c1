// Small pure helpers of the CCHC screens (no React): numbers, bands, who may do what.
import type { Enums } from '../../../lib/database.types';
import { formatNumber, type Lang } from '../../../lib/format';

export type AssessmentStatus = Enums<'cchc_assessment_status'>;
export type ItemKind = Enums<'cchc_item_kind'>;
export type Band = 'good' | 'fair' | 'average' | 'weak';

/** Points with up to two decimals, in the reader's format; '—' for none. */
export function pts(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '—' : formatNumber(Number(value), lang, 2);
}

export const APPRAISAL_OPEN: readonly AssessmentStatus[] = ['appraising', 'explanation_requested', 'reappraised'];

/** Today (Vietnam) within the self-assessment window. */
export function inWindow(today: string, from: string, to: string): boolean {
  return today >= from && today <= to;
}

/** The values a score may take, when the kind fixes them. */
export function fixedValues(kind: ItemKind | null, max: number, allowed: number[] | null): number[] | null {
  if (kind === 'yes_no') return [0, Number(max)];
  if (kind === 'choice' && allowed) return [...allowed].map(Number).sort((a, b) => a - b);
  return null;
}

/** A sheet row's code depth: 1 area, 2 criterion, 3 sub-criterion. */
export function isArea(row: { depth: number }): boolean {
  return row.depth === 1;
}

export const BANDS: readonly Band[] = ['good', 'fair', 'average', 'weak'];
