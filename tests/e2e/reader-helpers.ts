/** Shared steps of the reading-state, triage and offline browser tests, and the languages and widths they run in. */
import { readFileSync, readdirSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import type { Lang, MessageKey } from '../../src/i18n';
import { format } from '../../src/i18n/format';
import { PHONE } from './reader-pages';

export const READER_KEY = 'papershelf:reader:v1';

export async function storedReader(
  page: Page,
): Promise<{ read: { id: string }[]; notes: { id: string; text: string }[]; visit: Record<string, string> }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), READER_KEY);
  return raw ? JSON.parse(raw) : { read: [], notes: [], visit: {} };
}

/**
 * Stores a value under a storage key before any page script runs, once per test rather than on every
 * navigation (so what the page then writes there is not put back by the next page load).
 */
export async function seedStorage(page: Page, key: string, value: unknown): Promise<void> {
  await page.addInitScript(
    ([storageKey, json]) => {
      const seeded = `seeded:${storageKey}`;
      if (!sessionStorage.getItem(seeded)) {
        localStorage.setItem(storageKey!, json!);
        sessionStorage.setItem(seeded, '1');
      }
    },
    [key, JSON.stringify(value)],
  );
}

/** Stores a reader state before any page script runs (once per test, not on every navigation). */
export const seedReader = (page: Page, value: unknown): Promise<void> => seedStorage(page, READER_KEY, value);

// The site's dictionaries, read as files: the test runner's loader cannot import JSON as src/i18n does.
const dictionaries = Object.fromEntries(
  (['en', 'zh'] as const).map((lang) => [
    lang,
    Object.assign({}, ...readdirSync(`src/i18n/${lang}`).map((file) => JSON.parse(readFileSync(`src/i18n/${lang}/${file}`, 'utf8')))),
  ]),
) as Record<Lang, Record<MessageKey, string>>;

/** The interface's string `key` in `lang`, as the site writes it. */
export function t(key: MessageKey, values: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  const template = dictionaries[lang][key];
  if (template === undefined) throw new Error(`no string ${key} in ${lang}`);
  return format(template, values, lang);
}

/** A string as a regular expression matching it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');

export const DESKTOP = { width: 1280, height: 900 };

/** A language and a screen width a test runs in. */
export interface Variant {
  name: string;
  lang: Lang;
  viewport: { width: number; height: number };
}

const variant = (lang: Lang, width: 'phone' | 'desktop'): Variant => ({
  name: `${lang === 'en' ? 'English' : 'Chinese'} at ${width} width`,
  lang,
  viewport: width === 'phone' ? PHONE : DESKTOP,
});

/** Both languages at both widths: for what the reader sees and lays out. */
export const VARIANTS: Variant[] = [variant('en', 'phone'), variant('en', 'desktop'), variant('zh', 'phone'), variant('zh', 'desktop')];
/** Each language and each width once: for behaviour whose page looks the same at any width (a cache, a key press in a field). */
export const PAIRED: Variant[] = [variant('en', 'desktop'), variant('zh', 'phone')];

/** The browser's language for a variant: the site follows it when the reader has not chosen one. */
export const locale = (v: Variant) => (v.lang === 'zh' ? 'zh-CN' : 'en-GB');

/** Runs the enclosing describe's tests in the variant's language and width. */
export function useVariant(v: Variant): void {
  test.use({ viewport: v.viewport, locale: locale(v) });
}

/** The interface's string `key` in the variant's language, from the site's own dictionaries. */
export function say(v: Variant): (key: MessageKey, values?: Record<string, string | number>) => string {
  return (key, values = {}) => t(key, values, v.lang);
}

/** The whole string `key` as a pattern: the placeholders left out of `values` match any text. */
export function sayPattern(v: Variant): (key: MessageKey, values?: Record<string, string | number>) => RegExp {
  return (key, values = {}) => new RegExp(`^${escapeRegExp(t(key, values, v.lang)).replace(/\\\{\w+\\\}/g, '.+')}$`);
}

/** Switches the interface to Chinese before the page's first paint, as the reader's own choice would. */
export async function useChinese(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('papershelf:lang', 'zh'));
}
