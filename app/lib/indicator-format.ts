// How indicator figures read: "1.565/1.858 = 84,23%", "≥ 98%", "9 tháng/2024".
// Numbers go through the shared formatter (app/lib/format.ts).
import { formatNumber, percentOf, type Lang } from './format';
import type { Enums } from './database.types';

export type Period = Enums<'indicator_period'>;
export type Direction = Enums<'indicator_direction'>;

export const PERIODS: readonly Period[] = ['q1', 'h1', 'q3', 'annual'];

/** Numeric columns arrive as numbers from hosted PostgREST and may arrive as strings ("98.00") from the embedded server. */
export function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Rate as the database computes it: numerator / denominator × 100, two decimals (half away from zero). */
export function computeRate(numerator: number, denominator: number): number | null {
  if (!(denominator > 0) || !(numerator >= 0)) return null;
  return percentOf(numerator, denominator);
}

export function isAchieved(rate: number, target: number, direction: Direction): boolean {
  return direction === 'at_least' ? rate >= target : rate <= target;
}

/** "84,23%" (or "12,5 điểm" for another unit label). */
export function formatRate(rate: number, lang: Lang, unitLabel = '%'): string {
  const n = formatNumber(rate, lang, 2);
  return unitLabel === '%' ? `${n}%` : `${n} ${unitLabel}`;
}

/** "1.565/1.858 = 84,23%" */
export function formatIndicatorValue(numerator: number, denominator: number, rate: number, lang: Lang, unitLabel = '%'): string {
  return `${formatNumber(numerator, lang, 2)}/${formatNumber(denominator, lang, 2)} = ${formatRate(rate, lang, unitLabel)}`;
}

/** "≥ 98%" / "≤ 1%" */
export function formatTarget(target: number, direction: Direction, lang: Lang, unitLabel = '%'): string {
  return `${direction === 'at_least' ? '≥' : '≤'} ${formatRate(target, lang, unitLabel)}`;
}

/**
 * Reads a number typed the way the reader writes it.  Vietnamese: "1.858"
 * (dots group thousands), "84,5" (comma for decimals).  English: "1,858",
 * "84.5".  Grouping must be well formed; anything else is null.
 */
export function parseLocaleNumber(text: string, lang: Lang): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const pattern = new RegExp(`^-?(\\d+|\\d{1,3}(${g}\\d{3})+)(${d}\\d+)?$`);
  if (!pattern.test(s)) return null;
  const normal = s.split(group).join('').replace(decimal, '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A number written for an input field in the reader's format, without grouping surprises: 1565 -> "1.565". */
export function formatInput(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  return formatNumber(value, lang, 2);
}

/** Sort key matching the database's period_order: 2024-Q1 < 2024-H1 < 2024-Q3 < 2024. */
export function periodOrder(year: number, period: Period): number {
  return year * 10 + PERIODS.indexOf(period) + 1;
}

/**
 * A number typed in either convention: the reader's first (Vietnamese "1.858"
 * is 1858, "84,5" is 84.5), then the other one when the text can only mean one
 * thing there ("84.5" in a Vietnamese screen, "84,5" in an English one).
 */
export function parseNumberInput(text: string, lang: Lang): number | null {
  return parseLocaleNumber(text, lang) ?? parseLocaleNumber(text, lang === 'vi' ? 'en' : 'vi');
}
