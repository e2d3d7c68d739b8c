/**
 * The interface languages and their BCP 47 tags: the one source for the `lang` attribute, read by
 * the pages, by the boot script before the first paint (lib/boot-script.ts) and by the language switch.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language of pages before any script runs (readers without JavaScript see this one). */
export const DEFAULT_LANG: Lang = 'en';

/** BCP 47 tag for the `lang` attribute. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
