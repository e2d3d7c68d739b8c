/**
 * The reader's interface language in the browser, for client modules that write text.
 * Each module passes only its own dictionaries, so a page ships only the strings it uses.
 */
import { format } from '../i18n/format';

export type ClientLang = 'en' | 'zh';
export const LANG_EVENT = 'papershelf:lang';

export function currentLang(): ClientLang {
  return document.documentElement.dataset.lang === 'zh' ? 'zh' : 'en';
}

export function makeTranslator<D extends Record<string, string>>(dictionaries: Record<ClientLang, D>) {
  return (key: keyof D & string, values: Record<string, string | number> = {}): string =>
    format(dictionaries[currentLang()][key] ?? dictionaries.en[key] ?? key, values);
}

/** Calls `listener` whenever the reader switches language. */
export function onLangChange(listener: (lang: ClientLang) => void): void {
  document.addEventListener(LANG_EVENT, () => listener(currentLang()));
}
