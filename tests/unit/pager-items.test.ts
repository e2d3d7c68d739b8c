import { describe, expect, it } from 'vitest';
import { pagerItems, type PagerItem } from '../../src/lib/pager-items';

const show = (items: PagerItem[]) => items.map((item) => (item.kind === 'gap' ? '…' : String(item.n))).join(' ');

describe('pagerItems', () => {
  it('shows every page of a short listing', () => {
    expect(show(pagerItems(1, 1))).toBe('1');
    expect(show(pagerItems(2, 4))).toBe('1 2 3 4');
  });

  it('keeps the first, last and neighbouring pages of a long listing, with gaps', () => {
    expect(show(pagerItems(10, 20))).toBe('1 … 9 10 11 … 20');
    expect(show(pagerItems(1, 20))).toBe('1 2 … 20');
    expect(show(pagerItems(20, 20))).toBe('1 … 19 20');
  });

  it('writes a gap of a single page as its number', () => {
    expect(show(pagerItems(4, 20))).toBe('1 2 3 4 5 … 20');
    expect(show(pagerItems(17, 20))).toBe('1 … 16 17 18 19 20');
  });
});
