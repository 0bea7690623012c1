// Numbers and dates as Vietnamese readers expect them: 1.858 · 84,23% · 23/11/2026.
export type Lang = 'vi' | 'en';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

// Building an Intl.NumberFormat costs about a hundred times what using one
// does (a 1,000-unit ranking formats ~5,000 numbers): one per language and
// number of decimals, made when first needed.
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(lang: Lang, fractionDigits = 0): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 0, maximumFractionDigits: fractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return numberFormat(lang, fractionDigits).format(value);
}

/**
 * Every percentage in the app, its documents and its exports follows one rule,
 * the database's (round(x, 2)): at most two decimals, rounded half away from
 * zero, no trailing zeros: 84,23% · 33,33% · 92,5% · 100%.
 */
export const PERCENT_DECIMALS = 2;

/** A percentage already computed (e.g. a rate from the database): 84.2312 -> "84,23%". */
export function formatShare(percent: number, lang: Lang): string {
  return `${formatNumber(percent, lang, PERCENT_DECIMALS)}%`;
}

/**
 * numerator / denominator × 100 with two decimals, half away from zero, as the
 * database's round(x, 2) gives it.  Counted in hundredths of a percent:
 * 19599 × 10000 / 20000 = 9799.5 exactly, so 97.995 rounds up to 98 (no
 * binary drift).  The denominator must be positive.
 */
export function percentOf(numerator: number, denominator: number): number {
  return Math.round((numerator * 10000) / denominator) / 100;
}

/** A share as a percentage: 1565 of 1858 -> "84,23%"; "—" when there is nothing to count. */
export function formatPercent(numerator: number, denominator: number, lang: Lang): string {
  if (denominator <= 0) return '—';
  return formatShare(percentOf(numerator, denominator), lang);
}

/** "1.048/1.100" */
export function formatCount(done: number, total: number, lang: Lang): string {
  return `${formatNumber(done, lang)}/${formatNumber(total, lang)}`;
}

/** "48/52 (92,31%)" */
export function formatRatio(done: number, total: number, lang: Lang): string {
  return `${formatCount(done, total, lang)} (${formatPercent(done, total, lang)})`;
}

/** ISO date (yyyy-mm-dd, or a timestamp) -> dd/mm/yyyy, read as a calendar date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** Natural order for task ordinals: 1.2 < 1.10 < 2.1. */
export function compareOrdinals(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
