/**
 * The reader's interface language in the browser, and word when it changes. Modules that write text
 * translate with ./translate.ts.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages';

export type ClientLang = Lang;
export const LANG_EVENT = 'papershelf:lang';

export function currentLang(): ClientLang {
  const lang = document.documentElement.dataset.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** Calls `listener` whenever the reader switches language. */
export function onLangChange(listener: (lang: ClientLang) => void): void {
  document.addEventListener(LANG_EVENT, () => listener(currentLang()));
}
