// Numbers and dates as Vietnamese readers expect them: 1.858 · 84,23% · 23/11/2026.
export type Lang = 'vi' | 'en';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Share as a percentage with up to `fractionDigits` decimals: 0.9231 -> "92,3%". */
export function formatPercent(numerator: number, denominator: number, lang: Lang, fractionDigits = 1): string {
  if (denominator <= 0) return '—';
  return `${formatNumber((numerator / denominator) * 100, lang, fractionDigits)}%`;
}

/** "1.048/1.100" */
export function formatCount(done: number, total: number, lang: Lang): string {
  return `${formatNumber(done, lang)}/${formatNumber(total, lang)}`;
}

/** "48/52 (92,3%)" */
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
