import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, t, translatedAttribute } from '@/i18n';
import { format } from '@/i18n/format';

describe('UI dictionaries', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(dictionaries.zh).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });

  it('have no empty strings', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    // `{name}` and the name of a plural, `{name, plural, …}`.
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[,}]/g)].map(([, name]) => name))].sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect(placeholders(dictionaries.zh[key]), key).toEqual(placeholders(dictionaries.en[key]));
    }
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('listing.count', { count: 3 })).toBe('3 papers');
    expect(t('listing.count', { count: 3 }, 'zh')).toBe('共 3 篇');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the plural branch by the language’s rules, exact numbers first', () => {
    const papers = '{count, plural, =0 {no papers} one {# paper} other {# papers}} in {name}';
    expect(format(papers, { count: 0, name: 'x' })).toBe('no papers in x');
    expect(format(papers, { count: 1, name: 'x' })).toBe('1 paper in x');
    expect(format(papers, { count: 21, name: 'x' })).toBe('21 papers in x');
    // Chinese has one form: a plural there always takes "other".
    expect(format('{count, plural, one {# 篇!} other {共 # 篇}}', { count: 1 }, 'zh')).toBe('共 1 篇');
    // Without a number the text stays as written, so a missing value shows.
    expect(format(papers, { name: 'x' })).toBe(`${papers.split(' in ')[0]} in x`);
  });

  it('writes no English string with a count as "1 papers"', () => {
    // Every placeholder that takes a number, set to 1 (and the others to a word).
    const numbers = ['count', 'added', 'skipped', 'folders', 'stored', 'total', 'left'];
    const values = Object.fromEntries(numbers.map((name) => [name, 1]));
    // Every English dictionary file, also those only the browser loads.
    const english = readdirSync('src/i18n/en').flatMap((file) =>
      Object.entries(JSON.parse(readFileSync(join('src/i18n/en', file), 'utf8')) as Record<string, string>),
    );
    expect(english.length).toBeGreaterThan(Object.keys(dictionaries.en).length);
    for (const [key, text] of english) {
      const shown = format(text, { name: 'n', value: 'v', title: 't', ...values });
      expect(shown, key).not.toMatch(/\b1 (papers|favourites|authors|results|entries|folders|pages|were)\b|\bother 1 were\b/);
    }
  });
});

describe('translatedAttribute', () => {
  it('gives the default language now and every language for the switcher, for several attributes on one element', () => {
    const attributes = { ...translatedAttribute('aria-label', 'nav.search'), ...translatedAttribute('placeholder', 'nav.search') };
    expect(attributes).toMatchObject({
      'aria-label': 'Search papers',
      placeholder: 'Search papers',
      'data-i18n-zh-aria-label': '搜索论文',
      'data-i18n-zh-placeholder': '搜索论文',
      'data-i18n-en-placeholder': 'Search papers',
    });
  });
});
