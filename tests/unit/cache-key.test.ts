import { describe, expect, it, vi } from 'vitest';
import type { PaperEntry } from '../../src/lib/papers';

// The collection as a plain list: two papers share "diffusion", "solo" belongs to one.
const entry = (id: string, digest: string, keywords: string[], published = '2024-01-01') =>
  ({
    id,
    digest,
    collection: 'papers',
    data: { id, keywords, categories: [], domains: [], published, html: { title: `T ${id}` } },
  }) as unknown as PaperEntry;
const papers = [entry('a', 'd1', ['diffusion', 'solo']), entry('b', 'd2', ['diffusion'])];
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve(papers) }));
const { cacheKey, cardKey, listingKey, linkKey } = await import('../../src/lib/cache-key');

describe('cacheKey', () => {
  it('gives the same key for the same data whatever the order of object keys', () => {
    expect(cacheKey({ id: 'a', digest: '1', links: ['x'] })).toBe(cacheKey({ links: ['x'], digest: '1', id: 'a' }));
  });

  it('changes when anything shown changes, including order and nesting', () => {
    const keys = [
      cacheKey('a', 1),
      cacheKey('a', 2),
      cacheKey(['a', 1]),
      cacheKey(1, 'a'),
      cacheKey({ title: 'A' }),
      cacheKey({ title: 'B' }),
      cacheKey([
        ['p1', 'd1'],
        ['p2', 'd2'],
      ]),
      cacheKey([
        ['p2', 'd2'],
        ['p1', 'd1'],
      ]),
      cacheKey(null),
      cacheKey(),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is short and safe in a file name or URL', () => {
    expect(cacheKey('anything')).toMatch(/^[\w-]{22}$/);
  });
});

describe('cardKey', () => {
  it('covers the paper by id and digest and where each keyword links', async () => {
    expect(await cardKey(papers[0]!)).toBe(cacheKey('a', 'd1', ['/keywords/diffusion/', '/search/?q=solo']));
    expect(await cardKey(papers[1]!)).toBe(cacheKey('b', 'd2', ['/keywords/diffusion/']));
  });

  it('keys the newest page of a listing by its cards, the number of pages, the total and when its papers arrived', async () => {
    const page = { items: papers, current: 2, last: 2 };
    const arrived = (paper: PaperEntry, day: string) => ({ ...paper, data: { ...paper.data, arrived: day } }) as PaperEntry;
    const listing = [arrived(papers[0]!, '2024-01-02'), arrived(papers[1]!, '2024-01-03')];
    const key = cacheKey(await listingKey(page, listing));
    expect(cacheKey(await listingKey(page, listing))).toBe(key);
    expect(cacheKey(await listingKey({ ...page, current: 3, last: 3 }, listing))).not.toBe(key);
    expect(cacheKey(await listingKey(page, [...listing, papers[1]!]))).not.toBe(key);
    expect(cacheKey(await listingKey({ ...page, items: [papers[1]!, papers[0]!] }, listing))).not.toBe(key);
    // Same papers, one arrived on another day: the page's "new since" data differs.
    expect(cacheKey(await listingKey(page, [listing[0]!, arrived(papers[1]!, '2024-01-04')]))).not.toBe(key);
  });

  it('keys an older page by its cards, its number and its distance from the newest only', async () => {
    const page = { items: papers, current: 1, last: 6 };
    const key = cacheKey(await listingKey(page, papers));
    // More papers above it, another page above it far away: it shows the same.
    expect(cacheKey(await listingKey({ ...page, last: 9 }, [...papers, papers[0]!]))).toBe(key);
    expect(cacheKey(await listingKey({ ...page, last: 2 }, papers))).not.toBe(key);
    expect(cacheKey(await listingKey({ ...page, current: 2, last: 7 }, papers))).not.toBe(key);
    expect(cacheKey(await listingKey({ ...page, items: [papers[1]!] }, papers))).not.toBe(key);
  });

  it('keys a link by id and title only', () => {
    expect(linkKey(papers[1])).toEqual(['b', 'T b']);
    expect(linkKey(undefined)).toBeNull();
  });
});
