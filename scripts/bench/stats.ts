// Timing and table helpers for the benchmark.
import { performance } from 'node:perf_hooks';

export interface Sample {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(values: number[]): Sample {
  return { median: percentile(values, 50), p95: percentile(values, 95), min: Math.min(...values), runs: values.length };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/**
 * Runs several pairs (A then B, alternating which goes first) after `warmup`
 * untimed rounds, so both sides see the same machine load; returns both sides'
 * timings.
 */
export async function paired(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs: number,
  warmup = 2,
): Promise<{ a: Sample; b: Sample }> {
  for (let i = 0; i < warmup; i += 1) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      ta.push((await timed(a))[0]);
      tb.push((await timed(b))[0]);
    } else {
      tb.push((await timed(b))[0]);
      ta.push((await timed(a))[0]);
    }
  }
  return { a: summarize(ta), b: summarize(tb) };
}

export const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`) : '—');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');

/** A plain-text table (also valid Markdown). */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
