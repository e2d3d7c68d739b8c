import { describe, expect, it } from 'vitest';
import { groupByFacet } from '@/lib/facets';
import { pageCount, pageOf } from '@/lib/paging';
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
  it('splits a listing into pages of a fixed size, with at least one page', () => {
    const items = Array.from({ length: 65 }, (_, i) => i);
    expect(pageCount(65, 30)).toBe(3);
    expect(pageCount(0, 30)).toBe(1);
    expect(pageOf(items, 3, 30)).toEqual({ items: [60, 61, 62, 63, 64], current: 3, last: 3 });
    expect(pageOf(items, 1, 30).items).toHaveLength(30);
  });
});
