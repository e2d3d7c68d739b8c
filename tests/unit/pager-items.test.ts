import { describe, expect, it } from 'vitest';
import { pagerItems, type PagerItem } from '../../src/lib/pager-items';
import { distanceFromNewest } from '../../src/lib/paging';

const show = (items: PagerItem[]) =>
  items.map((item) => (item.kind === 'gap' ? '…' : item.kind === 'newest' ? 'N' : String(item.n))).join(' ');

describe('pagerItems', () => {
  it('shows every page of a short listing, the newest first', () => {
    expect(show(pagerItems(1, 1))).toBe('N');
    expect(show(pagerItems(2, 4))).toBe('N 3 2 1');
    expect(show(pagerItems(4, 4))).toBe('N 3 2 1');
  });

  it('keeps the newest, the oldest and the neighbouring pages of a long listing, with gaps', () => {
    expect(show(pagerItems(10, 20))).toBe('N … 11 10 9 … 1');
    expect(show(pagerItems(1, 20))).toBe('N … 2 1');
    expect(show(pagerItems(20, 20))).toBe('N 19 … 1');
  });

  it('writes a gap of a single page as its number', () => {
    expect(show(pagerItems(4, 20))).toBe('N … 5 4 3 2 1');
    expect(show(pagerItems(17, 20))).toBe('N 19 18 17 16 … 1');
  });

  it('shows an older page the same way however many pages are above it, past its distance from the newest', () => {
    for (const current of [1, 2, 5, 9]) {
      const seen = new Map<number, string>();
      for (let last = current; last < current + 12; last++) {
        const distance = distanceFromNewest({ items: [], current, last });
        const shown = show(pagerItems(current, last));
        if (seen.has(distance)) expect(shown).toBe(seen.get(distance));
        seen.set(distance, shown);
      }
    }
  });
});
