/**
 * Every page type of the built site, found by following the site's own links (so the tests do not
 * depend on which papers the sample holds), and the measurements the reader-page tests share.
 */
import { expect, type Page } from '@playwright/test';

export const PHONE = { width: 390, height: 844 };

/** The URL of the first link matching `selector` on `path`. */
async function firstLink(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute('href');
  expect(href, `a link ${selector} on ${path}`).toBeTruthy();
  return new URL(href!, page.url()).href;
}

export interface PageType {
  name: string;
  /** The page's URL (or path under the site), found by following the site's links where it depends on the papers. */
  find: (page: Page) => Promise<string>;
}

const fixed = (path: string) => () => Promise.resolve(path);

/** The page of the first author, on the home page's papers, who has a page of their own. */
async function authorPage(page: Page): Promise<string> {
  await page.goto('');
  const papers = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const paper of papers) {
    await page.goto(paper);
    const links = page.locator('dd.authors a[data-author-page]');
    if (await links.count()) return new URL((await links.first().getAttribute('href'))!, page.url()).href;
  }
  throw new Error('no paper on the home page names an author with a page of their own');
}

/** One page of every type. */
export const PAGE_TYPES: PageType[] = [
  { name: 'home', find: fixed('') },
  { name: 'paper', find: (page) => firstLink(page, '', 'article h2 a') },
  { name: 'author', find: authorPage },
  { name: 'search with results', find: fixed('search/?q=diffusion') },
  { name: 'favourites', find: fixed('favourites/') },
  { name: 'not found', find: fixed('no-such-page/') },
  ...['keywords', 'categories', 'domains', 'months', 'weeks', 'days'].flatMap((facet) => [
    { name: `${facet} index`, find: fixed(`${facet}/`) },
    { name: `${facet} listing`, find: (page: Page) => firstLink(page, `${facet}/`, '.facet-index a') },
  ]),
];

/** Targets smaller than 24×24 CSS px whose 24 px circle meets another target (WCAG 2.2 SC 2.5.8). */
export function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"]';
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && rect.right > 0 && rect.left < innerWidth;
    };
    // Links inside running text (summaries, formulas) are exempt: the sentence sets their size.
    const exempt = (el: Element) => !!el.closest('.prose, .katex, .takeaway, .key-points, .search-hit-takeaway');
    const targets = [...document.querySelectorAll(selector)].filter((el) => visible(el) && !exempt(el));
    const rects = targets.map((el) => el.getBoundingClientRect());
    const small = rects.map((r) => r.width < 24 || r.height < 24);
    const problems: string[] = [];
    rects.forEach((rect, i) => {
      if (!small[i]) return;
      const cx = rect.left + rect.width / 2;
      const cy = rect.top + rect.height / 2;
      const clash = rects.findIndex((other, j) => {
        if (j === i) return false;
        if (small[j]) return Math.hypot(other.left + other.width / 2 - cx, other.top + other.height / 2 - cy) < 24;
        const nx = Math.max(other.left, Math.min(cx, other.right));
        const ny = Math.max(other.top, Math.min(cy, other.bottom));
        return Math.hypot(nx - cx, ny - cy) < 12;
      });
      if (clash >= 0) {
        const name = (el: Element) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label')}"`;
        problems.push(`${name(targets[i]!)} ${Math.round(rect.width)}×${Math.round(rect.height)} next to ${name(targets[clash]!)}`);
      }
    });
    return problems;
  });
}
