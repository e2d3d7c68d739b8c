import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readAllFeeds, SITE_URL } from './feeds-helpers';

/** What in a description's HTML could run: script-like elements, handler attributes, javascript: URLs. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const element = node as Element;
      if (['script', 'iframe', 'style', 'object', 'embed', 'frame'].includes(element.tagName)) found.push(`<${element.tagName}>`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`);
        if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${element.tagName}[${name}=${value}]`);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

/**
 * Discovery on the hostile site (tests/fixtures/hostile): control characters from YAML escapes and
 * raw HTML in takeaways and abstracts must leave every feed well-formed, with only sanitized HTML;
 * the author who wrote every hostile file gets a page; the keyword they all share is rising.
 */
test.describe('feeds of the hostile site', () => {
  test('every feed the OPML file lists is well-formed XML with absolute links', async ({ request }) => {
    const feeds = await readAllFeeds(request);
    expect(feeds.map((feed) => feed.address)).toContain('rss.xml');
    expect(feeds.map((feed) => feed.address)).toContain('categories/cs.cr/rss.xml');
    for (const feed of feeds) {
      for (const item of feed.items) expect(item.link.startsWith(`${SITE_URL}/`), item.link).toBe(true);
    }
  });

  test('control characters are gone and descriptions carry only sanitized HTML', async ({ request }) => {
    const feeds = await readAllFeeds(request);
    const site = feeds.find((feed) => feed.address === 'rss.xml')!;
    const all = site.items;
    const control = all.find((item) => item.link.includes('2501.00060'));
    expect(control?.title).toBe('Hostile 60: control characters in a title');
    expect(control?.description).toContain('HOSTILE-60 takeaway');
    const raw = all.find((item) => item.link.includes('2501.00061'));
    expect(raw?.title).toContain('Hostile 61');
    for (const item of all) {
      // Control characters are already refused by the strict parser; the markup must be the sanitized one
      // (a takeaway may show "<img onerror=…>" as text, escaped, as its page does).
      expect(dangers(item.description), item.link).toEqual([]);
    }
  });

  test('an author of several hostile files has a page listing them, reached from a paper', async ({ page }) => {
    await page.goto('papers/2501.00061/');
    const author = page.locator('dd.authors a', { hasText: 'Mallory' });
    await expect(author).toHaveAttribute('data-author-page', '');
    await author.click();
    await expect(page).toHaveURL(/\/authors\/mallory\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mallory/);
    expect(await page.locator('ol.cards > li').count()).toBeGreaterThanOrEqual(2);
  });

  test('the home page names the keywords rising in the newest month, each linked to its page', async ({ page }) => {
    await page.goto('');
    const rising = page.getByRole('region', { name: 'Rising this month' });
    await expect(rising).toBeVisible();
    // The newest month's papers are the path-hostile fixtures, whose keywords are hostile names too.
    const link = rising.getByRole('link').first();
    const hrefs = await rising.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/keywords\/[^/]+\/$/);
    await link.click();
    await expect(page).toHaveURL(/\/keywords\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
