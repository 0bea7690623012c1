// Rendering a kit component in a test: a real i18next with both catalogues,
// in the language asked for, and the native <dialog> methods jsdom lacks.
import { createInstance } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import { resources } from '../../i18n/resources';

export async function renderIn(lang: 'vi' | 'en', ui: ReactElement) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ lng: lang, resources, fallbackLng: false, interpolation: { escapeValue: false } });
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** jsdom has <dialog> but not showModal/close: enough of them to open, close and fire `close`. */
export function polyfillDialog() {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __kit?: boolean };
  if (proto.__kit) return;
  proto.__kit = true;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
