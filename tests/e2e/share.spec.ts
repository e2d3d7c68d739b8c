import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SAMPLE, favouriteOnPaperPage, pageErrors } from './favourites-helpers';

test.describe('sharing a paper', () => {
  test('copies the link and says so where the browser has no Web Share API', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const errors = pageErrors(page);
    await page.goto(`papers/${SAMPLE.id}/`);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.getByRole('button', { name: `Share ${SAMPLE.title}` }).click();
    await expect(page.getByRole('status').getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`papers/${SAMPLE.id}/`, baseURL).href);

    await page.getByRole('link', { name: 'Abstract (original) §' }).or(page.locator('main a.anchor').first()).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`papers/${SAMPLE.id}/#`));
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
    await page.getByRole('button', { name: `Share ${SAMPLE.title}` }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { shared?: ShareData }).shared))
      .toEqual({
        title: SAMPLE.title,
        url: new URL(`papers/${SAMPLE.id}/`, baseURL).href,
      });
  });

  test('shares a reading list as a link that carries its papers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await favouriteOnPaperPage(page);
    await page.goto('favourites/');
    await page.getByRole('button', { name: 'Share this list' }).click();
    await expect(page.getByRole('status').getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`favourites/#ids=${SAMPLE.id}`, baseURL).href);
  });
});

test.describe('paper metadata for link previews and reference managers', () => {
  test('carries Open Graph, Twitter card and Highwire citation tags with the paper’s values', async ({ page }) => {
    await page.goto(`papers/${SAMPLE.id}/`);
    const meta = (selector: string) => page.locator(`head meta[${selector}]`);
    await expect(meta('property="og:title"')).toHaveAttribute('content', SAMPLE.title);
    await expect(meta('property="og:type"')).toHaveAttribute('content', 'article');
    await expect(meta('property="og:description"')).toHaveAttribute('content', /^提出轨迹一致性蒸馏/);
    // The test builds set SITE_URL=https://papershelf.example (playwright.config.ts), so URLs are absolute.
    await expect(meta('property="og:url"')).toHaveAttribute('content', `https://papershelf.example/papers/${SAMPLE.id}/`);
    await expect(meta('property="og:image"')).toHaveAttribute('content', 'https://papershelf.example/og-default.png');
    await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta('name="citation_title"')).toHaveAttribute('content', SAMPLE.title);
    expect(await meta('name="citation_author"').evaluateAll((tags) => tags.map((t) => t.getAttribute('content')))).toEqual([
      'Haoran Liu',
      'Priya Raghunathan',
      'Tobias Kessler',
      'Yuki Sato',
    ]);
    await expect(meta('name="citation_publication_date"')).toHaveAttribute('content', '2024/04/02');
    await expect(meta('name="citation_date"')).toHaveAttribute('content', '2024/04/02');
    await expect(meta('name="citation_arxiv_id"')).toHaveAttribute('content', SAMPLE.id);
    await expect(meta('name="citation_pdf_url"')).toHaveAttribute('content', `https://arxiv.org/pdf/${SAMPLE.id}`);
    await expect(meta('name="citation_abstract"')).toHaveAttribute('content', /^Latent diffusion models produce high-fidelity images/);
    await expect(meta('name="twitter:image"')).toHaveAttribute('content', 'https://papershelf.example/og-default.png');
    const image = await page.request.get('og-default.png');
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test('links a BibTeX file from the page and its head', async ({ page }) => {
    await page.goto(`papers/${SAMPLE.id}/`);
    const href = await page.locator('head link[rel="alternate"][type="application/x-bibtex"]').getAttribute('href');
    const link = page.getByRole('link', { name: 'BibTeX' });
    await expect(link).toHaveAttribute('href', href!);
    const downloading = page.waitForEvent('download');
    await link.click();
    const bib = await readFile((await (await downloading).path())!, 'utf8');
    expect(bib).toMatch(/^@misc\{liu2024step,/);
    expect(bib).toContain('eprint = {2404.01817}');
    expect(bib).toContain('archivePrefix = {arXiv}');
    expect(bib).toContain('primaryClass = {cs.CV}');
    expect(bib).toContain('year = {2024}');
  });
});
