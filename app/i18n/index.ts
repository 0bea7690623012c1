import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../lib/format';

const STORAGE_KEY = 'reform-tracker-lang';

function initialLanguage(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'vi';
}

// The strings come in parts, each a chunk of its own per language, and only
// the active language's are loaded:
// - `shared` (app/i18n/<lang>.json without the error messages), before the
//   first paint;
// - `errors` (the messages of refused changes), right after it;
// - one part per feature (app/features/<feature>/i18n/<lang>.json), with the
//   first route that names the feature (`page([...features], …)` in
//   app/router.tsx; app/i18n/route-strings.test.ts checks that every route
//   names the features whose keys its code uses).
// Every part goes into the one `translation` namespace, so keys keep their
// full path (`t('dashboard.title')`).  Switching language loads, for the new
// language, every part loaded so far before the page changes.
type Part = Record<string, unknown>;
type Loader = () => Promise<Part>;

const featureName = (path: string) => /features\/([^/]+)\/i18n\//.exec(path)?.[1] ?? path;
function byFeature(files: Record<string, Loader>): Record<string, Loader> {
  return Object.fromEntries(Object.entries(files).map(([path, load]) => [featureName(path), load]));
}
const PARTS: Record<Lang, Record<string, Loader>> = {
  vi: {
    shared: () => import('./parts/shared-vi').then((m) => m.default),
    errors: () => import('./parts/errors-vi').then((m) => m.default),
    ...byFeature(import.meta.glob<Part>('../features/*/i18n/vi.json', { import: 'default' })),
  },
  en: {
    shared: () => import('./parts/shared-en').then((m) => m.default),
    errors: () => import('./parts/errors-en').then((m) => m.default),
    ...byFeature(import.meta.glob<Part>('../features/*/i18n/en.json', { import: 'default' })),
  },
};

/** Every part asked for so far (in any language): what a language switch loads. */
const wanted = new Set<string>(['shared']);
const loading = new Map<string, Promise<void>>();
let pending = 0;

function loadPart(lang: Lang, part: string): Promise<void> {
  const id = `${lang}/${part}`;
  let promise = loading.get(id);
  if (!promise) {
    const load = PARTS[lang][part];
    if (!load) return Promise.reject(new Error(`no strings called "${part}"`));
    pending += 1;
    promise = load()
      .then((strings) => {
        i18n.addResourceBundle(lang, 'translation', strings, true, true);
      })
      .finally(() => {
        pending -= 1;
      });
    // A failed chunk (network) may be asked for again.
    promise.catch(() => loading.delete(id));
    loading.set(id, promise);
  }
  return promise;
}

const firstLanguage = initialLanguage();
function currentLang(): Lang {
  // Before i18next has finished its (deferred) start, the language it will take.
  const lang = (i18n.language as string | undefined) ?? firstLanguage;
  return lang === 'en' ? 'en' : 'vi';
}

/** Loads these parts of the active language's strings (and remembers them for a language switch). */
export function loadStrings(parts: readonly string[]): Promise<void> {
  for (const part of parts) wanted.add(part);
  const lang = currentLang();
  return Promise.all(parts.map((part) => loadPart(lang, part))).then(() => undefined);
}

/** Loads the other language's strings for everything loaded so far, then switches. */
export async function switchLanguage(lang: Lang): Promise<void> {
  await Promise.all([...wanted].map((part) => loadPart(lang, part)));
  await i18n.changeLanguage(lang);
}

/** Resolves once the first language's shared strings are in: render after it. */
export const i18nReady = i18n
  .use(initReactI18next)
  .init({
    lng: firstLanguage,
    supportedLngs: ['vi', 'en'],
    fallbackLng: false,
    load: 'currentOnly',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A part that arrives after a component has drawn (the error messages,
    // or the strings of a language switched to another way) draws it again.
    react: { bindI18nStore: 'added' },
    // A key that is in no loaded part is an error on the console
    // (e2e/clean-console.spec.ts fails on it), unless a part is still on
    // its way or the call gives its own fallback (`defaultValue`).
    saveMissing: true,
    missingKeyHandler: (_langs, _ns, key, _fallback, _update, options: { defaultValue?: unknown } | undefined) => {
      if (pending > 0 || options?.defaultValue !== undefined) return;
      console.error(`i18n: no string for "${key}" in the loaded parts (${[...wanted].join(', ')})`);
    },
  })
  .then(() => loadStrings(['shared']));

function syncDocument(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
syncDocument(i18n.language);
i18n.on('languageChanged', (lang) => {
  syncDocument(lang);
  localStorage.setItem(STORAGE_KEY, lang);
  // A switch made without switchLanguage: fetch what is missing; the
  // components draw again as the parts arrive.
  void loadStrings([...wanted]);
});

/** The current UI language, narrowed to the two we ship. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'vi';
}

export default i18n;
