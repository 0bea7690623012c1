// English counts agree with their noun: "1 cancelled task", "2 cancelled tasks".
// Every English string that shows {{count}} is rendered with a count of 1 and
// must not read "1 tasks" or "1 task(s)"; such a string is split into
// key_one / key_other (Vietnamese has one form and keeps the same text in both).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Catalogue = { [key: string]: string | Catalogue };
function leaves(c: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

// "{{count}}" there is a fraction written out ("52/52 tasks completed").
const FRACTIONS = new Set(['plans.doneOfTotal', 'dashboard.done']);

describe('English plurals', () => {
  it('a count of one never meets a plural noun', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'en', resources: { en: resources.en }, interpolation: { escapeValue: false } });
    const bases = new Set(
      leaves(resources.en.translation as Catalogue)
        .filter(([, text]) => text.includes('{{count}}'))
        .map(([key]) => key.replace(/_(one|other)$/, '')),
    );
    expect(bases.size).toBeGreaterThan(30);
    const wrong = [...bases]
      .filter((key) => !FRACTIONS.has(key))
      .map((key) => [key, t.t(key, { count: 1 })] as const)
      .filter(([, text]) => /(^|[^\d/.,])1 ((cancelled|more|open|unfinished|reporting) )?[a-z-]+(s|\(s\))\b/.test(text));
    expect(wrong).toEqual([]);
  });

  it('splits one and many', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'en', resources: { en: resources.en }, interpolation: { escapeValue: false } });
    expect(t.t('dashboard.cancelled', { count: 1 })).toBe('1 cancelled task is not counted');
    expect(t.t('dashboard.cancelled', { count: 3 })).toBe('3 cancelled tasks are not counted');
    expect(t.t('plans.cancelledNote', { count: 1 })).toBe('1 cancelled task is not counted');
    expect(t.t('reports.cancelledNote', { count: 2 })).toBe('2 cancelled tasks are left out of the total.');
  });
});
