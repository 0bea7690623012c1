import i18n, { type BackendModule } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../lib/format';

const STORAGE_KEY = 'reform-tracker-lang';

function initialLanguage(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'vi';
}

// Each language's strings are a chunk of their own, loaded when the language
// is first shown: the first page carries only the language it shows, and
// switching language loads the other before the page changes.  (Every key
// exists in both languages, app/i18n/resources.test.ts: no fallback needed.)
const CATALOGUES: Record<Lang, () => Promise<{ default: object }>> = {
  vi: () => import('./catalogue-vi'),
  en: () => import('./catalogue-en'),
};
const catalogueLoader: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = CATALOGUES[language as Lang];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Resolves once the first language's strings are in: render after it. */
export const i18nReady = i18n
  .use(catalogueLoader)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    supportedLngs: ['vi', 'en'],
    fallbackLng: false,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

function syncDocument(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
syncDocument(i18n.language);
i18n.on('languageChanged', (lang) => {
  syncDocument(lang);
  localStorage.setItem(STORAGE_KEY, lang);
});

/** The current UI language, narrowed to the two we ship. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'vi';
}

export default i18n;
