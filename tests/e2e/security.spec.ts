import { expect, test, type Page } from '@playwright/test';
import { watchPage, type PageWatch } from './security-watch';

/**
 * Every page type of the sample site runs under the Content Security Policy without a single
 * violation or console error, with clean storage and with hostile values in localStorage.
 */

async function firstLink(page: Page, index: string, pattern: RegExp): Promise<string> {
  await page.goto(index);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${index}`);
  return href;
}

interface PageType {
  name: string;
  /** Resolves the address to open (some are found by following the site's own links). */
  address: (page: Page) => Promise<string>;
  /** Something the page must show once it works. */
  ready: (page: Page) => Promise<void>;
  status?: number;
}

const PAGE_TYPES: PageType[] = [
  {
    name: 'home',
    address: async () => '',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Latest papers' })).toBeVisible(),
  },
  {
    name: 'paper',
    address: (page) => firstLink(page, '', /\/papers\/[^/]+\/$/),
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.katex').first()).toBeVisible();
    },
  },
  {
    name: 'keyword',
    address: (page) => firstLink(page, 'keywords/', /\/keywords\/[^/]+\/$/),
    ready: (page) => expect(page.getByRole('article').first()).toBeVisible(),
  },
  {
    name: 'category',
    address: (page) => firstLink(page, 'categories/', /\/categories\/[^/]+\/$/),
    ready: (page) => expect(page.getByRole('article').first()).toBeVisible(),
  },
  {
    name: 'search',
    address: async () => 'search/?q=diffusion',
    ready: (page) => expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible(),
  },
  {
    name: 'favourites',
    address: async () => 'favourites/',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: '404',
    address: async () => 'no-such-page/',
    status: 404,
    ready: (page) => expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible(),
  },
];

async function expectClean(watch: PageWatch, type?: PageType) {
  const seen = await watch.read();
  expect(seen.cspViolations, 'CSP violations').toEqual([]);
  expect(watch.dialogs, 'dialogs').toEqual([]);
  expect(watch.pageErrors, 'uncaught exceptions').toEqual([]);
  // The 404 page's own status is logged by Chromium as a failed load; that is the page working.
  const expected = (e: string) => type?.status === 404 && /^Failed to load resource: .* 404 .*\/no-such-page\/\)$/.test(e);
  expect(
    watch.consoleErrors.filter((e) => !expected(e)),
    'console errors',
  ).toEqual([]);
  expect(seen.pwned).toBeUndefined();
  expect(seen.polluted).toBeUndefined();
}

const HOSTILE_STORAGE: Record<string, string> = {
  'papershelf:lang': '<img src=x onerror="window.__pwned=1">',
  'papershelf:theme': '{"__proto__":{"polluted":true}}',
  'papershelf:favourites:v1': JSON.stringify({
    __proto__: { polluted: true },
    constructor: { prototype: { polluted: true } },
    version: 'x'.repeat(10_000),
    items: { length: 1e9 },
    folders: [null, 12, { name: '<script>window.__pwned=1</script>', id: '__proto__' }],
    favourites: [{ id: 'javascript:alert(1)', url: 'javascript:window.__pwned=1', title: { toString: 1 } }],
  }),
};

test.describe('content security policy on the sample site', () => {
  for (const type of PAGE_TYPES) {
    test(`the ${type.name} page runs without violations, dialogs or console errors`, async ({ page }) => {
      const address = await type.address(page);
      const watch = await watchPage(page);
      const response = await page.goto(address);
      expect(response?.status()).toBe(type.status ?? 200);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self' 'sha256-/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      await type.ready(page);
      await expectClean(watch, type);
    });

    test(`the ${type.name} page survives hostile values in localStorage`, async ({ page }) => {
      const address = await type.address(page);
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, HOSTILE_STORAGE);
      const watch = await watchPage(page);
      await page.goto(address);
      await type.ready(page);
      await expectClean(watch, type);
    });
  }

  test('the policy blocks an injected inline script, and the watch sees it', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "injected"';
      document.body.append(script);
    });
    await expect.poll(async () => (await watch.read()).cspViolations).toHaveLength(1);
    expect((await watch.read()).pwned).toBeUndefined();
  });

  test('a huge value in storage does not break the favourites page', async ({ page }) => {
    await page.addInitScript(() => {
      try {
        localStorage.setItem('papershelf:favourites:v1', '['.repeat(2_000_000));
      } catch {
        // The quota may refuse it; then the page simply starts empty.
      }
    });
    const watch = await watchPage(page);
    await page.goto('favourites/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectClean(watch);
  });
});
