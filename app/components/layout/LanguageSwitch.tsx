import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n';

const LANGS = [
  { code: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { code: 'en', label: 'EN', name: 'English' },
] as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="langswitch" role="group" aria-label={t('nav.language')}>
      {LANGS.map((lang) => (
        <button
          key={lang.code}
          type="button"
          lang={lang.code}
          title={lang.name}
          aria-label={lang.name}
          aria-pressed={i18n.language === lang.code}
          className="langswitch-button"
          onClick={() => void switchLanguage(lang.code)}
        >
          {lang.label}
        </button>
      ))}
    </div>
  );
}
