// The parts the app loads (app/i18n/index.ts) add up to the whole catalogue
// of each language: nothing is left out of every part, and no key is in two.
import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { merge, type Catalogue } from './catalogue';
import sharedVi from './parts/shared-vi';
import errorsVi from './parts/errors-vi';
import sharedEn from './parts/shared-en';
import errorsEn from './parts/errors-en';

const features = {
  vi: import.meta.glob<Catalogue>('../features/*/i18n/vi.json', { eager: true, import: 'default' }),
  en: import.meta.glob<Catalogue>('../features/*/i18n/en.json', { eager: true, import: 'default' }),
};
function flatKeys(c: Catalogue, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`)));
}

describe.each([
  ['vi', sharedVi, errorsVi],
  ['en', sharedEn, errorsEn],
] as const)('the %s strings in parts', (lang, shared, errors) => {
  const parts = [shared as Catalogue, errors as Catalogue, ...Object.values(features[lang])];
  it('together are the whole catalogue', () => {
    expect(merge(...parts)).toEqual(resources[lang].translation);
  });
  it('hold each key once', () => {
    const all = parts.flatMap((p) => flatKeys(p));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });
});
