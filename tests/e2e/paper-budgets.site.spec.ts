/**
 * Page-weight budgets of paper pages, as a reader's browser loads them (before search is used): gzipped
 * JavaScript and CSS, KaTeX only where there is math, HTML size, lazy images. Against the fixture site
 * tests/sites/paper, whose fullest paper has every optional field, math and a figure.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { PAPERS, paperPath } from './paper-pages';

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
  for (const [name, paper] of [
    ['with every field, math and a figure', PAPERS.full],
    ['of plain prose', PAPERS.plain],
  ] as const) {
    test(`a paper page ${name} ships at most 10 KB of JavaScript and 20 KB of CSS (gzip) and 60 KB of HTML`, async ({ page }) => {
      const { transfers, html } = await load(page, paperPath(paper.id));
      const js = total(transfers, 'script');
      const css = total(transfers, 'stylesheet', /katex/);
      test.info().annotations.push({ type: 'weight', description: `js ${js} B, css ${css} B, html ${html} B (gzip except html)` });
      // Something was measured: a page that loaded nothing would pass every budget.
      expect(js).toBeGreaterThan(0);
      expect(css).toBeGreaterThan(0);
      expect(html).toBeGreaterThan(0);
      expect(js).toBeLessThanOrEqual(10 * KB);
      expect(css).toBeLessThanOrEqual(20 * KB);
      expect(html).toBeLessThanOrEqual(60 * KB);
      expect(transfers.filter((t) => /search\//.test(t.url))).toEqual([]);
    });
  }

  test('loads no KaTeX stylesheet or font on a page without math, and only woff2 fonts where there is math', async ({ page }) => {
    const plain = await load(page, paperPath(PAPERS.plain.id));
    expect(plain.transfers.filter((t) => /katex/i.test(t.url))).toEqual([]);
    const withMath = await page.context().newPage();
    const math = await load(withMath, paperPath(PAPERS.full.id));
    const fonts = math.transfers.filter((t) => t.type === 'font');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.url.endsWith('.woff2'))).toBe(true);
  });

  test('lets images load lazily and uses the system fonts for text', async ({ page }) => {
    await page.goto(paperPath(PAPERS.full.id));
    const images = page.locator('main img');
    // With no image on the page the check below would pass without looking at anything.
    expect(await images.count()).toBeGreaterThan(0);
    for (const img of await images.all()) await expect(img).toHaveAttribute('loading', 'lazy');
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toMatch(/^system-ui/);
  });
});
