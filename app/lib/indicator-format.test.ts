import { describe, expect, it } from 'vitest';
import {
  computeRate,
  formatIndicatorValue,
  formatInput,
  formatRate,
  formatTarget,
  isAchieved,
  parseLocaleNumber,
  periodOrder,
  toNumber,
} from './indicator-format';

describe('indicator figures as people read them', () => {
  it('writes a value as numerator/denominator = rate, Vietnamese style', () => {
    expect(formatIndicatorValue(1565, 1858, 84.23, 'vi')).toBe('1.565/1.858 = 84,23%');
    expect(formatIndicatorValue(1565, 1858, 84.23, 'en')).toBe('1,565/1,858 = 84.23%');
    expect(formatIndicatorValue(331470, 334480, 99.1, 'vi')).toBe('331.470/334.480 = 99,1%');
    expect(formatIndicatorValue(4, 5, 80, 'vi')).toBe('4/5 = 80%');
  });

  it('keeps a unit label other than %', () => {
    expect(formatRate(12.5, 'vi', 'điểm')).toBe('12,5 điểm');
    expect(formatRate(12.5, 'en')).toBe('12.5%');
  });

  it('writes the target with its direction', () => {
    expect(formatTarget(98, 'at_least', 'vi')).toBe('≥ 98%');
    expect(formatTarget(1, 'at_most', 'vi')).toBe('≤ 1%');
    expect(formatTarget(72.5, 'at_least', 'vi')).toBe('≥ 72,5%');
  });

  it('computes the rate the way the database does (two decimals, half up)', () => {
    expect(computeRate(1565, 1858)).toBe(84.23);
    expect(computeRate(2, 3)).toBe(66.67);
    expect(computeRate(19599, 20000)).toBe(98);
    expect(computeRate(19598, 20000)).toBe(97.99);
    expect(computeRate(1, 0)).toBeNull();
    expect(computeRate(-1, 5)).toBeNull();
  });

  it('judges achievement by direction, the target itself counting as met', () => {
    expect(isAchieved(98, 98, 'at_least')).toBe(true);
    expect(isAchieved(97.99, 98, 'at_least')).toBe(false);
    expect(isAchieved(1, 1, 'at_most')).toBe(true);
    expect(isAchieved(1.01, 1, 'at_most')).toBe(false);
  });

  it('reads numbers typed in the reader\'s format', () => {
    expect(parseLocaleNumber('1.858', 'vi')).toBe(1858);
    expect(parseLocaleNumber('1858', 'vi')).toBe(1858);
    expect(parseLocaleNumber('84,5', 'vi')).toBe(84.5);
    expect(parseLocaleNumber(' 1.234.567,25 ', 'vi')).toBe(1234567.25);
    expect(parseLocaleNumber('1,858', 'en')).toBe(1858);
    expect(parseLocaleNumber('84.5', 'en')).toBe(84.5);
    expect(parseLocaleNumber('-3', 'vi')).toBe(-3);
  });

  it('refuses ambiguous or malformed numbers instead of guessing', () => {
    expect(parseLocaleNumber('12.5', 'vi')).toBeNull(); // a dot groups thousands in Vietnamese
    expect(parseLocaleNumber('1.85', 'vi')).toBeNull();
    expect(parseLocaleNumber('1,85,0', 'en')).toBeNull();
    expect(parseLocaleNumber('abc', 'vi')).toBeNull();
    expect(parseLocaleNumber('', 'vi')).toBeNull();
  });

  it('fills inputs in the reader\'s format, and reads numeric columns sent as text', () => {
    expect(formatInput(1565, 'vi')).toBe('1.565');
    expect(formatInput(84.5, 'vi')).toBe('84,5');
    expect(formatInput(null, 'vi')).toBe('');
    expect(toNumber('98.00')).toBe(98);
    expect(toNumber(84.23)).toBe(84.23);
    expect(toNumber(null)).toBeNull();
  });

  it('orders periods Q1 < 6 months < 9 months < year, then by year', () => {
    expect(periodOrder(2024, 'q1')).toBeLessThan(periodOrder(2024, 'h1'));
    expect(periodOrder(2024, 'q3')).toBeLessThan(periodOrder(2024, 'annual'));
    expect(periodOrder(2023, 'annual')).toBeLessThan(periodOrder(2024, 'q1'));
    expect(periodOrder(2024, 'q3')).toBe(20243);
  });
});
