/**
 * Which pages a pager shows, newest first (pages are counted from the oldest, lib/paging.ts): the
 * newest page (the listing's own URL, named, not numbered), the current page and `radius` either side,
 * page 1 (the oldest), and a gap where numbers are left out — `newest … 38 [37] 36 … 1`.
 *
 * What an older page shows depends on `last` only through how far it is from the newest
 * (lib/paging.ts: distanceFromNewest), so it stays the same while papers arrive.
 */
export type PagerItem = { kind: 'newest' } | { kind: 'page'; n: number } | { kind: 'gap' };

export function pagerItems(current: number, last: number, radius = 1): PagerItem[] {
  const shown = new Set([1]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n < last) shown.add(n);
  // A gap of one page is that page's number: as short, and one more target.
  for (const n of [...shown]) {
    if (n - 2 >= 1 && !shown.has(n - 1) && shown.has(n - 2)) shown.add(n - 1);
    if (n + 2 === last) shown.add(n + 1);
  }
  const items: PagerItem[] = [{ kind: 'newest' }];
  let previous = last;
  for (const n of [...shown].filter((n) => n < last).sort((a, b) => b - a)) {
    if (previous - n > 1) items.push({ kind: 'gap' });
    items.push({ kind: 'page', n });
    previous = n;
  }
  return items;
}
