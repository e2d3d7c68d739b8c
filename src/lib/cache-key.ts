/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`). A path that
 * `getStaticPaths` returns with a `cacheKey` is copied from the last build, not rendered, when its
 * key and its route's code are both unchanged. Astro hashes the code; the key must cover every piece
 * of data the page shows, and nothing else: too little and a page goes stale, too much and pages are
 * rendered for nothing. Build keys from the helpers below (see the README, "How to key a new route").
 */
import { createHash } from 'node:crypto';
import { listingArrivals } from './arrivals';
import { facetLink } from './facet-links';
import { distanceFromNewest, type Page } from './paging';
import type { PaperEntry } from './papers';

/** JSON with object keys sorted, so the same data always gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A short, stable hash of everything a page shows: pass the data itself (ids, digests, labels, counts). */
export function cacheKey(...parts: readonly unknown[]): string {
  return createHash('sha256').update(stableJson(parts)).digest('base64url').slice(0, 22);
}

const cardKeys = new WeakMap<PaperEntry, Promise<string>>();

/**
 * What one paper contributes to a page that shows its card: its data (by digest) and where its
 * keywords link. Hashed once per paper and build: a paper's card is on a dozen listings.
 */
export function cardKey(paper: PaperEntry): Promise<string> {
  let key = cardKeys.get(paper);
  if (!key) {
    // A keyword links to its page once a second paper shares it, to a search before: other papers decide that.
    key = Promise.all(paper.data.keywords.map((keyword) => facetLink('keywords', keyword))).then((keywordLinks) =>
      cacheKey(paper.id, paper.digest ?? null, keywordLinks),
    );
    cardKeys.set(paper, key);
  }
  return key;
}

/**
 * What a page of cards shows. The newest page: each card, how many pages there are, the listing's
 * total, and when all of the listing's papers arrived (it carries that for "N new since …"). An older
 * page: its cards, its number and how far it is from the newest (its pager), and nothing of the
 * rest of the listing, so new papers leave it as it is (lib/paging.ts).
 */
export async function listingKey(page: Page<PaperEntry>, papers: readonly PaperEntry[]): Promise<unknown[]> {
  const cards = await Promise.all(page.items.map(cardKey));
  return page.current < page.last
    ? [cards, page.current, distanceFromNewest(page)]
    : [cards, page.current, page.last, papers.length, listingArrivals(papers)];
}

/** A neighbouring paper as a link shows it. */
export function linkKey(paper: PaperEntry | undefined): unknown[] | null {
  return paper ? [paper.id, paper.data.html.title] : null;
}

/** What a paper's own page shows besides its own data: its neighbours' links and where its domains and keywords link. */
export async function paperPageKey(paper: PaperEntry, newer: PaperEntry | undefined, older: PaperEntry | undefined): Promise<string> {
  const { domains, keywords } = paper.data;
  const links = await Promise.all([
    ...domains.map((domain) => facetLink('domains', domain)),
    ...keywords.map((keyword) => facetLink('keywords', keyword)),
  ]);
  return cacheKey(paper.id, paper.digest ?? null, linkKey(newer), linkKey(older), links);
}

/** A list of papers by identity and content (feeds, exports): enough when each item shows only the paper's own data. */
export function entriesKey(papers: readonly PaperEntry[]): unknown[] {
  return papers.map((paper) => [paper.id, paper.digest ?? null]);
}
