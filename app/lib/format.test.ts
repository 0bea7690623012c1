import { describe, expect, it } from 'vitest';
import { compareOrdinals, formatDate, formatNumber, formatPercent, formatRatio, formatShare } from './format';
import { percentVi } from './report-model';
import { formatRate } from './indicator-format';

describe('Vietnamese number and date formats', () => {
  it('groups thousands with a dot in Vietnamese', () => {
    expect(formatNumber(1858, 'vi')).toBe('1.858');
    expect(formatNumber(1858, 'en')).toBe('1,858');
  });
  it('writes decimals with a comma in Vietnamese and keeps two places for indicators', () => {
    expect(formatPercent(1565, 1858, 'vi')).toBe('84,23%');
    expect(formatPercent(1565, 1858, 'en')).toBe('84.23%');
  });
  it('keeps one format per language and number of decimals (made once, never mixed)', () => {
    expect(formatNumber(1234.567, 'vi', 2)).toBe('1.234,57');
    expect(formatNumber(1234.567, 'vi')).toBe('1.235');
    expect(formatNumber(1234.567, 'en', 2)).toBe('1,234.57');
    expect(formatNumber(1234.567, 'en')).toBe('1,235');
    expect(formatNumber(1234.567, 'vi', 2)).toBe('1.234,57');
  });
  it('shows the headline count the way reports do', () => {
    expect(formatRatio(52, 52, 'vi')).toBe('52/52 (100%)');
    expect(formatRatio(48, 52, 'vi')).toBe('48/52 (92,31%)');
    expect(formatRatio(0, 0, 'vi')).toBe('0/0 (—)');
  });
  it('writes every percentage by one rule: at most two decimals, half away from zero, no trailing zeros', () => {
    const cases: Array<[number, number, string]> = [[1, 3, '33,33%'], [2, 3, '66,67%'], [7, 30, '23,33%'], [37, 40, '92,5%'], [19599, 20000, '98%'], [1, 1, '100%'], [0, 5, '0%']];
    for (const [n, d, text] of cases) {
      expect(formatPercent(n, d, 'vi'), `${n}/${d}`).toBe(text);
      // the report's document and exports, and the indicators, say the same
      expect(percentVi(n, d)).toBe(text);
      expect(formatRate(Math.round((n * 10000) / d) / 100, 'vi')).toBe(text);
      expect(formatShare(Math.round((n * 10000) / d) / 100, 'vi')).toBe(text);
    }
    expect(formatPercent(1, 3, 'en')).toBe('33.33%');
  });
  it('formats calendar dates as dd/mm/yyyy without shifting time zones', () => {
    expect(formatDate('2023-12-31')).toBe('31/12/2023');
    expect(formatDate('2024-01-01T00:30:00+07:00')).toBe('01/01/2024');
    expect(formatDate(null)).toBe('');
  });
  it('orders task ordinals naturally', () => {
    expect(['2.10', '1.2', '2.1', '1.10'].sort(compareOrdinals)).toEqual(['1.2', '1.10', '2.1', '2.10']);
  });
});
