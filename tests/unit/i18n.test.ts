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
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
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
