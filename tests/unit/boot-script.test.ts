/** The inline script that sets the language and theme before the first paint, run against a fake page. */
import { describe, expect, it } from 'vitest';
import { LANG_TAGS } from '@/i18n/languages';
import { BOOT_SCRIPT } from '@/lib/boot-script';
import { STORAGE_KEYS } from '@/shared/storage-keys';

interface FakeRoot {
  dataset: Record<string, string>;
  lang: string;
  /** What the script put in the tab, if anything. */
  title?: string;
}

/** A page whose <title> carries one title per language, as layouts/Base.astro writes it. */
const TITLE = { 'data-title-en': 'Keywords · Papershelf', 'data-title-zh': '关键词 · Papershelf' } as Record<string, string>;

function boot(stored: Record<string, string> | 'unavailable', languages: string[]): FakeRoot {
  const root: FakeRoot = { dataset: {}, lang: '' };
  const page = {
    documentElement: root,
    querySelector: (selector: string) => (selector === 'title' ? { getAttribute: (name: string) => TITLE[name] ?? null } : null),
    set title(value: string) {
      root.title = value;
    },
  };
  const storage = {
    getItem(key: string) {
      if (stored === 'unavailable') throw new DOMException('denied', 'SecurityError');
      return stored[key] ?? null;
    },
  };
  new Function('document', 'localStorage', 'navigator', BOOT_SCRIPT)(page, storage, {
    languages,
    language: languages[0],
  });
  return root;
}

describe('boot script', () => {
  it("applies the reader's stored language with its tag from the one language list", () => {
    const root = boot({ [STORAGE_KEYS.language]: 'zh', [STORAGE_KEYS.theme]: 'dark' }, ['en-GB']);
    expect(root.dataset).toEqual({ lang: 'zh', theme: 'dark' });
    expect(root.lang).toBe(LANG_TAGS.zh);
    expect(root.title).toBe('关键词 · Papershelf');
  });

  it('applies the stored compact listing view before the first paint', () => {
    expect(boot({ [STORAGE_KEYS.listingView]: 'compact' }, ['en']).dataset).toEqual({ lang: 'en', view: 'compact' });
    expect(boot({ [STORAGE_KEYS.listingView]: 'full' }, ['en']).dataset).toEqual({ lang: 'en' });
  });

  it("follows the browser's language when nothing usable is stored", () => {
    expect(boot({ [STORAGE_KEYS.language]: 'fr' }, ['zh-CN', 'en']).lang).toBe(LANG_TAGS.zh);
    expect(boot({}, ['de-DE']).dataset).toEqual({ lang: 'en' });
  });

  it('keeps working when storage throws', () => {
    const root = boot('unavailable', ['zh-TW']);
    expect(root.dataset).toEqual({ lang: 'zh' });
    expect(root.lang).toBe('zh-Hans');
  });
});
