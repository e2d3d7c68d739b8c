/**
 * Page-weight budgets over the built sample site, as a reader's browser loads it (before search is
 * used): gzipped JavaScript and CSS per page, KaTeX only where there is math, HTML size, lazy images.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const KB = 1024;

interface Transfer {
  url: string;
  type: string;
  gzip: number;
}

async function load(page: Page, path: string): Promise<{ transfers: Transfer[]; html: number }> {
  const transfers: Transfer[] = [];
  let html = 0;
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (!['script', 'stylesheet', 'font', 'document'].includes(type)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    if (type === 'document') html = body.length;
    else transfers.push({ url: response.url(), type, gzip: gzipSync(body).length });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return { transfers, html };
}

const total = (transfers: Transfer[], type: string, exclude?: RegExp) =>
  transfers.filter((t) => t.type === type && !(exclude && exclude.test(t.url))).reduce((sum, t) => sum + t.gzip, 0);

test.describe('page budgets', () => {
  for (const path of ['papers/2404.01817/', 'papers/2409.14402/', 'papers/2403.01234/']) {
    test(`${path} ships at most 10 KB of JavaScript and 20 KB of CSS (gzip) and 60 KB of HTML`, async ({ page }) => {
      const { transfers, html } = await load(page, path);
      const js = total(transfers, 'script');
      const css = total(transfers, 'stylesheet', /katex/);
      test.info().annotations.push({ type: 'weight', description: `js ${js} B, css ${css} B, html ${html} B (gzip except html)` });
      expect(js).toBeLessThanOrEqual(10 * KB);
      expect(css).toBeLessThanOrEqual(20 * KB);
      expect(html).toBeLessThanOrEqual(60 * KB);
      expect(transfers.filter((t) => /search\//.test(t.url))).toEqual([]);
    });
  }

  test('loads no KaTeX stylesheet or font on a page without math, and only woff2 fonts where there is math', async ({ page }) => {
    const plain = await load(page, 'papers/2409.14402/');
    expect(plain.transfers.filter((t) => /katex/i.test(t.url))).toEqual([]);
    const withMath = await page.context().newPage();
    const math = await load(withMath, 'papers/2404.01817/');
    const fonts = math.transfers.filter((t) => t.type === 'font');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.url.endsWith('.woff2'))).toBe(true);
  });

  test('lets images load lazily and uses the system fonts for text', async ({ page }) => {
    await page.goto('papers/2404.01817/');
    const images = page.locator('main img');
    // With no image on the page the check below would pass without looking at anything.
    expect(await images.count()).toBeGreaterThan(0);
    for (const img of await images.all()) await expect(img).toHaveAttribute('loading', 'lazy');
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toMatch(/^system-ui/);
  });
});
