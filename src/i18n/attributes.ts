/** Attributes that can follow the reader's language; client/language.ts swaps them without the dictionaries. */
export const TRANSLATED_ATTRIBUTES = ['aria-label', 'placeholder', 'title'] as const;
export type TranslatedAttribute = (typeof TRANSLATED_ATTRIBUTES)[number];
