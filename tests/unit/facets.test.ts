import { describe, expect, it } from 'vitest';
import { groupByFacet } from '@/lib/facets';
import { pageCount, pageOf, pagesOf } from '@/lib/paging';
import type { PaperEntry } from '@/lib/papers';
import { facetSlug } from '@/shared/urls';

function entry(id: string, data: Partial<PaperEntry['data']>): PaperEntry {
  return { id, collection: 'papers', data: { id, keywords: [], categories: [], domains: [], ...data } } as unknown as PaperEntry;
}

describe('facetSlug', () => {
  it('folds case, keeps Chinese and replaces characters that would break a path', () => {
    expect(facetSlug('Transformer')).toBe('transformer');
    expect(facetSlug('扩散模型')).toBe('扩散模型');
    expect(facetSlug('diffusion policy')).toBe('diffusion-policy');
    expect(facetSlug('A/B test?#1')).toBe('a-b-test-1');
    // Nothing readable left: a segment of its own (a hash), never an empty one or `-` shared by all such values.
    expect(facetSlug('///')).toMatch(/^[0-9a-f]{8}$/);
    expect(facetSlug('..')).not.toBe(facetSlug('///'));
  });
});

describe('groupByFacet', () => {
  const papers = [
    entry('3', { keywords: ['Transformer', 'RL'], categories: ['cs.LG'], published: '2024-05-02' }),
    entry('2', { keywords: ['transformer'], categories: ['cs.CV', 'cs.LG'], published: '2024-05-01' }),
    entry('1', { keywords: ['RL'], categories: ['cs.LG'], published: '2024-03-09' }),
  ];

  it('groups case variants of a keyword under the first spelling, papers in input order', () => {
    const groups = groupByFacet(papers, 'keywords');
    expect(groups.map((g) => [g.label, g.papers.map((p) => p.id)])).toEqual([
      ['RL', ['3', '1']],
      ['Transformer', ['3', '2']],
    ]);
  });

  it('sorts categories by size and months newest first', () => {
    expect(groupByFacet(papers, 'categories').map((g) => g.label)).toEqual(['cs.LG', 'cs.CV']);
    expect(groupByFacet(papers, 'months').map((g) => [g.label, g.papers.length])).toEqual([
      ['2024-05', 2],
      ['2024-03', 1],
    ]);
  });
});

describe('pageOf', () => {
  // Newest first, as listings are: 64 is the newest of 65 papers.
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);

  it('counts pages from the oldest; the newest page holds the rest, from one to two pages', () => {
    expect(pageCount(65, 30)).toBe(2);
    expect(pageCount(59, 30)).toBe(1);
    expect(pageCount(0, 30)).toBe(1);
    const items = newestFirst(65);
    expect(pageOf(items, 1, 30)).toEqual({ items: newestFirst(30), current: 1, last: 2 });
    expect(pageOf(items, 2, 30).items).toEqual(items.slice(0, 35));
    expect(pageOf([], 1, 30)).toEqual({ items: [], current: 1, last: 1 });
  });

  it('lists every paper once, newest page first', () => {
    for (const n of [0, 1, 29, 30, 31, 59, 60, 61, 95]) {
      const pages = pagesOf(newestFirst(n), 30);
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(n));
      expect(pages.map((page) => page.current)).toEqual(pages.map((_, i) => pages.length - i));
    }
  });

  it('leaves every older page as it was when papers arrive', () => {
    const before = pagesOf(newestFirst(95), 30);
    for (const arrived of [1, 25, 30, 64]) {
      const after = pagesOf(newestFirst(95 + arrived), 30);
      const byNumber = new Map(after.map((page) => [page.current, page.items]));
      // Of the pages there were, only the newest differs (it gives its oldest papers to a page of their own once full).
      const changed = before.filter((page) => JSON.stringify(byNumber.get(page.current)) !== JSON.stringify(page.items));
      expect(changed.map((page) => page.current)).toEqual([3]);
    }
  });
});
