/**
 * The reader's interface language in the browser, for client modules that write text.
 * Each module passes only its own dictionaries, so a page ships only the strings it uses.
 */
import { format } from '../i18n/format';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages';

export type ClientLang = Lang;
export const LANG_EVENT = 'papershelf:lang';

export function currentLang(): ClientLang {
  const lang = document.documentElement.dataset.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

export function makeTranslator<D extends Record<string, string>>(dictionaries: Record<ClientLang, D>) {
  return (key: keyof D & string, values: Record<string, string | number> = {}): string => {
    const lang = currentLang();
    return format(dictionaries[lang][key] ?? dictionaries.en[key] ?? key, values, lang);
  };
}

/** Calls `listener` whenever the reader switches language. */
export function onLangChange(listener: (lang: ClientLang) => void): void {
  document.addEventListener(LANG_EVENT, () => listener(currentLang()));
}
