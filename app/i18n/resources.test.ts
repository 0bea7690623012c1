import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Catalogue = { [key: string]: string | Catalogue };
function keys(c: Catalogue, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('catalogues', () => {
  it('Vietnamese and English have exactly the same keys', () => {
    const vi = keys(resources.vi.translation as Catalogue).sort();
    const en = keys(resources.en.translation as Catalogue).sort();
    expect(vi.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !vi.includes(k))).toEqual([]);
  });
  it('keeps the shared task vocabulary and the task page strings together', () => {
    const tasks = resources.vi.translation.tasks as Catalogue;
    expect((tasks.statuses as Catalogue).done).toBe('Hoàn thành');
    expect((tasks.actions as Catalogue).title).toBe('Cập nhật trạng thái');
  });
});
