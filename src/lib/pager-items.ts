/**
 * Which page numbers a pager shows: the first and last, the current one and `radius` either side,
 * and a gap where numbers are left out — `1 … 4 5 [6] 7 8 … 20`.
 */
export type PagerItem = { kind: 'page'; n: number } | { kind: 'gap' };

export function pagerItems(current: number, last: number, radius = 1): PagerItem[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  // A gap of one page is that page's number: as short, and one more target.
  for (const n of [2, last - 1]) if (n > 1 && n < last && (shown.has(n - 1) || n === 2) && shown.has(n + 1)) shown.add(n);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous > 1) items.push({ kind: 'gap' });
    items.push({ kind: 'page', n });
    previous = n;
  }
  return items;
}
