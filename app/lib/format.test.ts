import { describe, expect, it } from 'vitest';
import { compareOrdinals, formatDate, formatNumber, formatPercent, formatRatio } from './format';

describe('Vietnamese number and date formats', () => {
  it('groups thousands with a dot in Vietnamese', () => {
    expect(formatNumber(1858, 'vi')).toBe('1.858');
    expect(formatNumber(1858, 'en')).toBe('1,858');
  });
  it('writes decimals with a comma in Vietnamese and keeps two places for indicators', () => {
    expect(formatPercent(1565, 1858, 'vi', 2)).toBe('84,23%');
    expect(formatPercent(1565, 1858, 'en', 2)).toBe('84.23%');
  });
  it('shows the headline count the way reports do', () => {
    expect(formatRatio(52, 52, 'vi')).toBe('52/52 (100%)');
    expect(formatRatio(48, 52, 'vi')).toBe('48/52 (92,3%)');
    expect(formatRatio(0, 0, 'vi')).toBe('0/0 (—)');
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
