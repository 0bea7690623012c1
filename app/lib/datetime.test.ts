import { describe, expect, it } from 'vitest';
import { daysBetween, formatDateTime, todayInVietnam } from './datetime';

describe('times in Vietnam', () => {
  it('shows timestamps in Vietnam time, day first', () => {
    expect(formatDateTime('2024-06-27T03:20:00Z')).toBe('27/06/2024 10:20');
    expect(formatDateTime('2024-06-27 17:30:00+00')).toBe('28/06/2024 00:30');
  });
  it('knows the date in Vietnam when it is still yesterday in UTC', () => {
    expect(todayInVietnam(new Date('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});
