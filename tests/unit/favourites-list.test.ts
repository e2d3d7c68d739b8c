import { describe, expect, it } from 'vitest';
import type { Favourite } from '@/client/favourites/model';
import { readingListIds, readingListUrl } from '@/client/favourites/reading-list';
import { sortFavourites } from '@/client/favourites/sort';

const item = (id: string, addedAt: string, published?: string): Favourite => ({
  id,
  title: id,
  url: `/papers/${id}/`,
  addedAt,
  folder: 'default',
  authors: [],
  categories: [],
  ...(published ? { published } : {}),
});

describe('sortFavourites', () => {
  const items = [item('a', '2025-01-02', '2024-05-01'), item('b', '2025-01-03'), item('c', '2025-01-01', '2024-06-01')];

  it('orders by date added, newest or oldest first', () => {
    expect(sortFavourites(items, 'added-desc').map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(sortFavourites(items, 'added-asc').map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('orders by date published and puts papers without a date last either way', () => {
    expect(sortFavourites(items, 'published-desc').map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(sortFavourites(items, 'published-asc').map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('reading list links', () => {
  it('carries the ids after #ids= and reads them back in order', () => {
    const url = readingListUrl('/shelf/favourites/', ['2404.01817', 'my-notes']);
    expect(url).toBe('/shelf/favourites/#ids=2404.01817,my-notes');
    expect(readingListIds(new URL(url, 'https://x.org').hash)).toEqual(['2404.01817', 'my-notes']);
  });

  it('drops malformed and duplicate ids and reads versioned arXiv ids without the version', () => {
    expect(readingListIds('#ids=2404.01817v2,2404.01817,<script>,__proto__,,%E0%A4%A,Upper.Case')).toEqual(['2404.01817', 'upper.case']);
    expect(readingListIds('#ids=2404.01817%2C2406.08812')).toEqual(['2404.01817', '2406.08812']);
  });

  it('reads nothing from other hashes', () => {
    expect(readingListIds('#method')).toEqual([]);
    expect(readingListIds('')).toEqual([]);
  });

  it('reads at most 500 papers', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `p${i}`);
    expect(readingListIds(`#ids=${ids.join(',')}`)).toHaveLength(500);
  });
});
