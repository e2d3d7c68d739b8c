/**
 * UI strings written by browser code, in the reader's interface language. Each module passes only its
 * own dictionaries, so a page ships only the strings it uses; and only pages whose scripts write text
 * load this module and the formatter (plurals), not every page that follows the language.
 */
import { format } from '../i18n/format';
import { currentLang, type ClientLang } from './i18n';

export function makeTranslator<D extends Record<string, string>>(dictionaries: Record<ClientLang, D>) {
  return (key: keyof D & string, values: Record<string, string | number> = {}): string => {
    const lang = currentLang();
    return format(dictionaries[lang][key] ?? dictionaries.en[key] ?? key, values, lang);
  };
}
