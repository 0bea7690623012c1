// The editing forms' checks mirror the database's limits (the same bounds are
// tested through the API in supabase/tests/cchc-components.test.ts).
import { describe, expect, it } from 'vitest';
import { checkComponent, checkItem, checkSettings } from './validate';

const component = { component: 'par_index', score: '84,12', max: '100', rank: '12', unitId: '', note: '' };
const item = { code: '1.2.3', title: 'Ban hành kế hoạch', max: '1,5', kind: 'manual', allowed: '', expected: '', unitId: '' };
const settings = { name: 'Bộ chỉ số năm 2026', decision: '1520/QĐ-UBND', cutOff: '2026-12-14', from: '2026-12-01', to: '2026-12-20', good: '80', fair: '70', average: '50' };

describe('component score form', () => {
  it('reads numbers the reader\'s way and keeps the values', () => {
    expect(checkComponent(component, 'vi', []).values).toEqual({ component: 'par_index', score: 84.12, max_score: 100, national_rank: 12, responsible_unit_id: null, note: null });
    expect(checkComponent({ ...component, score: '84.12' }, 'en', []).values?.score).toBe(84.12);
  });
  it('the maximum itself is allowed; above it, negative, three decimals are not', () => {
    expect(checkComponent({ ...component, score: '100' }, 'vi', []).values?.score).toBe(100);
    expect(checkComponent({ ...component, score: '100,01' }, 'vi', []).problems.score?.key).toBe('aboveMax');
    expect(checkComponent({ ...component, score: '-1' }, 'vi', []).problems.score?.key).toBe('negative');
    expect(checkComponent({ ...component, score: '1,125' }, 'vi', []).problems.score?.key).toBe('number');
  });
  it('maximum above 0 up to 1.000, rank 1 to 100, one score per index', () => {
    expect(checkComponent({ ...component, max: '0', score: '0' }, 'vi', []).problems.max?.key).toBe('componentMax');
    expect(checkComponent({ ...component, max: '1000,01' }, 'vi', []).problems.max?.key).toBe('componentMax');
    expect(checkComponent({ ...component, max: '1.000' }, 'vi', []).values?.max_score).toBe(1000);
    expect(checkComponent({ ...component, rank: '0' }, 'vi', []).problems.rank?.key).toBe('rank');
    expect(checkComponent({ ...component, rank: '101' }, 'vi', []).problems.rank?.key).toBe('rank');
    expect(checkComponent({ ...component, rank: '100' }, 'vi', []).values?.national_rank).toBe(100);
    expect(checkComponent(component, 'vi', ['par_index']).problems.component?.key).toBe('componentTaken');
  });
});

describe('item form', () => {
  it('accepts a sub-criterion and refuses a bad code, a scored area and out-of-range values', () => {
    expect(checkItem(item, 'vi').values).toMatchObject({ code: '1.2.3', max_points: 1.5, kind: 'manual' });
    expect(checkItem({ ...item, code: '1.2.3.4' }, 'vi').problems.code?.key).toBe('code');
    expect(checkItem({ ...item, code: '123' }, 'vi').problems.code?.key).toBe('code');
    expect(checkItem({ ...item, code: '1' }, 'vi').problems.kind?.key).toBe('areaScored');
    expect(checkItem({ ...item, max: '1000,5' }, 'vi').problems.max?.key).toBe('itemMax');
    expect(checkItem({ ...item, title: 'ab' }, 'vi').problems.title?.key).toBe('titleLength');
  });
  it('a fixed list has 2 to 20 values within the maximum', () => {
    expect(checkItem({ ...item, kind: 'choice', allowed: '0; 0,5; 1,5' }, 'vi').values?.allowed_values).toEqual([0, 0.5, 1.5]);
    expect(checkItem({ ...item, kind: 'choice', allowed: '1' }, 'vi').problems.allowed?.key).toBe('allowed');
    expect(checkItem({ ...item, kind: 'choice', allowed: '0; 2' }, 'vi').problems.allowed?.key).toBe('allowedRange');
  });
});

describe('settings form', () => {
  it('thresholds must fall Good > Fair > Average, the window in order, a decision like 1520/QĐ-UBND', () => {
    expect(checkSettings(settings, 'vi').values).toMatchObject({ good_min: 80, fair_min: 70, average_min: 50, decision_doc: '1520/QĐ-UBND' });
    expect(checkSettings({ ...settings, fair: '80' }, 'vi').problems.fair?.key).toBe('bandOrder');
    expect(checkSettings({ ...settings, to: '2026-11-30' }, 'vi').problems.to?.key).toBe('windowOrder');
    expect(checkSettings({ ...settings, decision: 'QĐ 15' }, 'vi').problems.decision?.key).toBe('decision');
    expect(checkSettings({ ...settings, cutOff: '1999-12-31' }, 'vi').problems.cutOff?.key).toBe('dateRange');
    expect(checkSettings({ ...settings, name: 'abc' }, 'vi').problems.name?.key).toBe('nameLength');
  });
});

describe('every message the checks give', () => {
  it('is written in Vietnamese and English', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('./validate.ts', import.meta.url), 'utf8');
    const keys = new Set([...source.matchAll(/key: '(\w+)'/g)].map((m) => m[1]!));
    expect(keys.size).toBeGreaterThan(15);
    for (const lang of ['vi', 'en']) {
      const messages = JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8')).cchc.validation;
      expect([...keys].filter((k) => typeof messages[k] !== 'string'), lang).toEqual([]);
    }
  });
});
