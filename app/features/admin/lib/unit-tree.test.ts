import { describe, expect, it } from 'vitest';
import { descendantsOf, flattenTree, fold } from './unit-tree';

const u = (id: string, parent_id: string | null, sort_order = 0, name = id) => ({ id, parent_id, sort_order, name });

describe('flattenTree', () => {
  it('lists parents before their sub-units, siblings by sort order then name, with depth and path', () => {
    const rows = flattenTree([u('stp', 'ubnd', 3), u('snv', 'ubnd', 2), u('ubnd', null), u('phong', 'snv', 0), u('khac', null, 5)]);
    expect(rows.map((r) => [r.unit.id, r.depth, r.childCount])).toEqual([
      ['ubnd', 0, 2],
      ['snv', 1, 1],
      ['phong', 2, 0],
      ['stp', 1, 0],
      ['khac', 0, 0],
    ]);
    expect(rows[2]!.path).toEqual(['ubnd', 'snv']);
  });

  it('orders siblings of equal rank by Vietnamese name', () => {
    const rows = flattenTree([u('b', null, 0, 'Sở Y tế'), u('a', null, 0, 'Sở Công Thương')]);
    expect(rows.map((r) => r.unit.name)).toEqual(['Sở Công Thương', 'Sở Y tế']);
  });

  it('shows a unit whose parent is not in the list at the top, and never loops on a cycle', () => {
    expect(flattenTree([u('orphan', 'missing')]).map((r) => r.depth)).toEqual([0]);
    const rows = flattenTree([u('a', 'b'), u('b', 'a')]);
    expect(rows.map((r) => r.unit.id).sort()).toEqual(['a', 'b']);
  });
});

describe('descendantsOf', () => {
  it('finds every unit below, however deep, and the unit itself', () => {
    const units = [u('ubnd', null), u('snv', 'ubnd'), u('phong', 'snv'), u('to', 'phong'), u('stp', 'ubnd')];
    expect([...descendantsOf(units, 'snv')].sort()).toEqual(['phong', 'snv', 'to']);
  });
});

describe('fold', () => {
  it('ignores case and Vietnamese diacritics', () => {
    expect(fold('Sở Tư pháp ĐÔNG SƠN')).toBe('so tu phap dong son');
  });
});
