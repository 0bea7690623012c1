// Both catalogues at once, for the tests that compare the languages and look
// up the message of every rule.  The app itself loads only the language it
// shows (app/i18n/index.ts).
import vi from './catalogue-vi';
import en from './catalogue-en';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
};
