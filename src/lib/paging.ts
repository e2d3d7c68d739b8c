/**
 * Splits a newest-first listing into static pages that stay put as papers arrive.
 *
 * Pages are counted from the oldest: page 1 holds the oldest `size` papers, page 2 the next `size`,
 * and so on. The newest page, at the listing's own URL, holds the rest: from `size` to 2 × `size` − 1
 * papers (all of them when the listing has fewer). So a day's new papers change the newest page, and
 * the one below it only when they fill a page. Every older page keeps its URL, its papers and its
 * links: an incremental build restores it instead of rendering it again, and a link to it still
 * shows what it showed. Counted from the newest, as most sites do, every page of a listing would move
 * by one paper each time one arrived.
 */

export interface Page<T> {
  /** Newest first. */
  items: T[];
  /** 1 is the oldest page; `last` is the newest, at the listing's own URL. */
  current: number;
  last: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.floor(total / size));
}

/** Page `current` (1 = oldest) of `items`, which are newest first. */
export function pageOf<T>(items: readonly T[], current: number, size: number): Page<T> {
  const last = pageCount(items.length, size);
  const end = items.length - (current - 1) * size;
  return { items: items.slice(current === last ? 0 : end - size, end), current, last };
}

/** Every page of `items`, the newest (the listing's own URL) first. */
export function pagesOf<T>(items: readonly T[], size: number): Page<T>[] {
  const last = pageCount(items.length, size);
  return Array.from({ length: last }, (_, i) => pageOf(items, last - i, size));
}

/**
 * What a page's pager shows of the pages above it: whether the next newer page is the newest one
 * (then "newer" is the listing's own URL) and whether a gap separates it from the newest. An older
 * page's key holds this, not `last`, so it changes only when the newest pages do.
 */
export function distanceFromNewest(page: Page<unknown>): number {
  return Math.min(page.last - page.current, 4);
}
