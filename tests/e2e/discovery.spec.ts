import { expect, test, type Page } from '@playwright/test';
import { favouriteOnPaperPage, pageErrors } from './favourites-helpers';
import { readAllFeeds, SITE_URL } from './feeds-helpers';

/**
 * Discovery on the sample site: related papers, author pages, trend charts, feeds, "For you". The
 * tests take the newest paper, whichever it is, and read a fixed number of feeds, so the sample can
 * change and grow; the feed's content for a known paper is checked on the fixture site (paper.site.spec.ts).
 */

/** The newest paper of the home page: its id and title. */
async function newestPaper(page: Page): Promise<{ id: string; title: string }> {
  await page.goto('');
  const link = page.locator('article h2 a').first();
  const id = /\/papers\/([^/]+)\/$/.exec((await link.getAttribute('href')) ?? '')?.[1];
  expect(id).toBeTruthy();
  return { id: decodeURIComponent(id!), title: (await link.textContent())!.trim() };
}

test.describe('related papers', () => {
  test('a paper page lists 5 to 8 other papers, each a working link', async ({ page }) => {
    const paper = await newestPaper(page);
    await page.goto(`papers/${paper.id}/`);
    const related = page.getByRole('region', { name: 'Related papers' });
    const links = related.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(8);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(`/papers/${paper.id}/`);
    expect(new Set(hrefs).size).toBe(count);
    const first = await links.first().textContent();
    await links.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.trim());
  });
});

test.describe('authors', () => {
  test('author names of a paper link to their page or, for a single paper, to a search for the name', async ({ page }) => {
    await page.goto(`papers/${(await newestPaper(page)).id}/`);
    const authors = page.locator('dd.authors a');
    expect(await authors.count()).toBeGreaterThan(1);
    const first = authors.first();
    const name = (await first.textContent())!.trim();
    const href = (await first.getAttribute('href'))!;
    if ((await first.getAttribute('data-author-page')) === null) {
      expect(href).toBe(`/search/?q=${encodeURIComponent(name)}`);
    } else {
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    }
  });
});

test.describe('trends', () => {
  test('a keyword page shows papers per month as an SVG with a summary and a table', async ({ page }) => {
    await page.goto('keywords/');
    await page.locator('main a[href*="/keywords/"]').first().click();
    const chart = page.getByRole('figure');
    await expect(chart).toBeVisible();
    const svg = chart.getByRole('img');
    await expect(svg).toHaveAttribute('aria-label', /papers from \d{4}-\d{2} to \d{4}-\d{2}/);
    await chart.getByText('Papers per month as a table').click();
    const rows = chart.getByRole('row');
    // One row per month in the chart, plus the header.
    expect(await rows.count()).toBe((await svg.locator('rect').count()) + 1);
    const total = await chart
      .locator('tbody td:nth-child(2)')
      .evaluateAll((tds) => tds.reduce((sum, td) => sum + Number(td.textContent), 0));
    await expect(chart.locator('figcaption')).toContainText(`${total} papers from`);
  });

  test('the chart follows the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('categories/');
    await page.locator('main a[href*="/categories/"]').first().click();
    const fill = async () =>
      page
        .locator('figure svg rect')
        .first()
        .evaluate((rect) => getComputedStyle(rect).fill);
    const dark = await fill();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await fill()).not.toBe(dark);
  });
});

test.describe('feeds', () => {
  test('every listing of a category, domain or keyword announces and links its feed', async ({ page }) => {
    await page.goto('categories/');
    await page.locator('main a[href*="/categories/"]').first().click();
    // Read the head of the category's page, not of the index the click left.
    await page.waitForURL(/\/categories\/[^/]+\/$/);
    const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]').last();
    const href = await alternate.getAttribute('href');
    expect(href).toMatch(/\/categories\/[^/]+\/rss\.xml$/);
    await expect(page.getByRole('link', { name: 'Feed', exact: true })).toHaveAttribute('href', href!);
    await expect(page.getByRole('link', { name: 'OPML' })).toBeVisible();
  });

  test('the OPML file lists the site feed and one per facet; those read are well-formed and absolute under SITE_URL', async ({
    request,
  }) => {
    const FACETS = ['categories', 'domains', 'keywords'];
    // The site feed and the first feed of each facet: four feeds, however many the sample makes.
    const feeds = await readAllFeeds(request, (addresses) => {
      expect(
        addresses.every((a) => a === 'rss.xml' || FACETS.some((facet) => a.startsWith(`${facet}/`))),
        addresses.join(' '),
      ).toBe(true);
      return ['rss.xml', ...FACETS.map((facet) => addresses.find((a) => a.startsWith(`${facet}/`)) ?? `${facet}/ (none listed)`)];
    });
    for (const feed of feeds) {
      expect(feed.items.length, feed.address).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.link.startsWith(`${SITE_URL}/`), item.link).toBe(true);
    }
  });
});

test.describe('for you', () => {
  test('shows nothing and fetches nothing without favourites', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('');
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { name: 'For you' })).toBeHidden();
    expect(fetched.filter((url) => url.includes('for-you'))).toEqual([]);
  });

  test('ranks newer papers from the favourites on the device, with a reason', async ({ page }) => {
    const errors = pageErrors(page);
    const favourite = await newestPaper(page);
    await favouriteOnPaperPage(page, favourite.id, favourite.title);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || !request.url().startsWith(new URL(page.url()).origin)) sent.push(request.url());
    });
    await page.goto('');
    const section = page.locator('papershelf-for-you');
    await expect(section.getByRole('heading', { name: 'For you' })).toBeVisible();
    const items = section.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.first()).toContainText(/shares .+ with (one|\d+) of your favourites/);
    await expect(section.getByRole('link', { name: favourite.title, exact: true })).toHaveCount(0);
    await page.locator('[data-language-toggle]').click();
    await expect(items.first()).toContainText('收藏');
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });
});
