/** UI strings: one dictionary per language, looked up by flat dotted keys. */
import en from './en.json';
import zh from './zh.json';

export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type MessageKey = keyof typeof en;

/** The language pages are rendered in; the reader's choice is applied in the browser (a later issue). */
export const DEFAULT_LANG: Lang = 'en';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** The string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang: Lang = DEFAULT_LANG): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
