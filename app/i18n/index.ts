import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { resources } from './resources';
import type { Lang } from '../lib/format';

const STORAGE_KEY = 'reform-tracker-lang';

function initialLanguage(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'vi';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'vi',
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
