/**
 * UI strings: one dictionary per language and feature (core, search, favourites, reader pages), looked up by
 * flat dotted keys. Pages render both languages (see components/T.astro) and the reader's choice
 * shows one of them, so switching needs no reload and no second copy of every page.
 */
import { format } from './format';
import type { TranslatedAttribute } from './attributes';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages';

export { TRANSLATED_ATTRIBUTES, type TranslatedAttribute } from './attributes';
export { DEFAULT_LANG, LANGUAGES, LANG_TAGS, isLang, type Lang } from './languages';
import enCore from './en/core.json';
import enDiscovery from './en/discovery.json';
import enFavourites from './en/favourites.json';
import enReader from './en/reader.json';
import enSearch from './en/search.json';
import zhCore from './zh/core.json';
import zhDiscovery from './zh/discovery.json';
import zhFavourites from './zh/favourites.json';
import zhReader from './zh/reader.json';
import zhSearch from './zh/search.json';

const en = { ...enCore, ...enSearch, ...enFavourites, ...enReader, ...enDiscovery };
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

export const dictionaries: Record<Lang, Dictionary> = {
  en,
  zh: { ...zhCore, ...zhSearch, ...zhFavourites, ...zhReader, ...zhDiscovery } as Dictionary,
};

/** The string for `key` in `lang`, with placeholders filled. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang: Lang = DEFAULT_LANG): string {
  return format(dictionaries[lang][key], values, lang);
}

/** A string in every language, for text that is not an element (the page's <title>). */
export type Localized = Record<Lang, string>;

export function localized(key: MessageKey, values: Record<string, string | number> = {}): Localized {
  return { en: t(key, values, 'en'), zh: t(key, values, 'zh') };
}

/**
 * Attributes for an element whose attribute must follow the reader's language: the default
 * language now, every language in `data-i18n-<lang>-<name>` for the switcher. Several can be
 * spread on one element.
 */
export function translatedAttribute(
  name: TranslatedAttribute,
  key: MessageKey,
  values: Record<string, string | number> = {},
): Record<string, string> {
  const attributes: Record<string, string> = { [name]: t(key, values, DEFAULT_LANG) };
  for (const lang of LANGUAGES) attributes[`data-i18n-${lang}-${name}`] = t(key, values, lang);
  return attributes;
}
