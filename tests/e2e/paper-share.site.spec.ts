/**
 * Sharing a paper and the metadata link previews and reference managers read, against the fixture
 * site tests/sites/paper: its fullest paper has every field a tag is made from.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { favouriteOnPaperPage, pageErrors } from './favourites-helpers';
import { PAPERS, paperPath } from './paper-pages';

const { full } = PAPERS;

test.describe('sharing a paper', () => {
  test('copies the link and says so where the browser has no Web Share API', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const errors = pageErrors(page);
    await page.goto(paperPath(full.id));
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.getByRole('button', { name: `Share ${full.title}` }).click();
    await expect(page.getByRole('status').getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(paperPath(full.id), baseURL).href);

    // The anchor's copy waits for the share module to load: poll the clipboard, do not read it once.
    await page.locator('main a.anchor').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${paperPath(full.id)}#.`));
    expect(errors).toEqual([]);
  });

  test('uses the Web Share API where the browser has it', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          (window as { shared?: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto('');
    await page.getByRole('button', { name: `Share ${full.title}` }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { shared?: ShareData }).shared))
      .toEqual({ title: full.title, url: new URL(paperPath(full.id), baseURL).href });
  });

  test('shares a reading list as a link that carries its papers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await favouriteOnPaperPage(page, full.id, full.title);
    await page.goto('favourites/');
    await page.getByRole('button', { name: 'Share this list' }).click();
    await expect(page.getByRole('status').getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`favourites/#ids=${full.id}`, baseURL).href);
  });
});

test.describe('paper metadata for link previews and reference managers', () => {
  test('carries Open Graph, Twitter card and Highwire citation tags with the paper’s values', async ({ page }) => {
    await page.goto(paperPath(full.id));
    const meta = (selector: string) => page.locator(`head meta[${selector}]`);
    await expect(meta('property="og:title"')).toHaveAttribute('content', full.title);
    await expect(meta('property="og:type"')).toHaveAttribute('content', 'article');
    await expect(meta('property="og:description"')).toHaveAttribute('content', /^按潮汐表安排学习率/);
    // The test builds set SITE_URL=https://papershelf.example (playwright.config.ts), so URLs are absolute.
    await expect(meta('property="og:url"')).toHaveAttribute('content', `https://papershelf.example/papers/${full.id}/`);
    await expect(meta('property="og:image"')).toHaveAttribute('content', 'https://papershelf.example/og-default.png');
    await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta('name="citation_title"')).toHaveAttribute('content', full.title);
    expect(await meta('name="citation_author"').evaluateAll((tags) => tags.map((t) => t.getAttribute('content')))).toEqual([
      ...full.authors,
    ]);
    await expect(meta('name="citation_publication_date"')).toHaveAttribute('content', '2021/01/05');
    await expect(meta('name="citation_date"')).toHaveAttribute('content', '2021/01/05');
    await expect(meta('name="citation_arxiv_id"')).toHaveAttribute('content', full.id);
    await expect(meta('name="citation_pdf_url"')).toHaveAttribute('content', `https://arxiv.org/pdf/${full.id}`);
    await expect(meta('name="citation_abstract"')).toHaveAttribute('content', /^We schedule step sizes like tides/);
    await expect(meta('name="twitter:image"')).toHaveAttribute('content', 'https://papershelf.example/og-default.png');
    const image = await page.request.get('og-default.png');
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test('links a BibTeX file from the page and its head', async ({ page }) => {
    await page.goto(paperPath(full.id));
    const href = await page.locator('head link[rel="alternate"][type="application/x-bibtex"]').getAttribute('href');
    const link = page.getByRole('link', { name: 'BibTeX' });
    await expect(link).toHaveAttribute('href', href!);
    const downloading = page.waitForEvent('download');
    await link.click();
    const bib = await readFile((await (await downloading).path())!, 'utf8');
    expect(bib).toMatch(/^@misc\{fixture2021tide,/);
    expect(bib).toContain(`eprint = {${full.id}}`);
    expect(bib).toContain('archivePrefix = {arXiv}');
    expect(bib).toContain('primaryClass = {cs.LG}');
    expect(bib).toContain('year = {2021}');
  });
});
