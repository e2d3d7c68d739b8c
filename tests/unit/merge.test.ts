import { describe, expect, it } from 'vitest';
import { mergePapers } from '@/ingest/merge';
import type { Paper } from '@/ingest/schema';

function paper(path: string, overrides: Partial<Paper>): Paper {
  return {
    id: '2401.00001',
    title: 'A paper',
    authors: ['A. Author'],
    categories: [],
    codeLinks: [],
    domains: [],
    keywords: [],
    keyPoints: [],
    abstract: {},
    sections: { figures: [] },
    hasMath: false,
    source: { path, format: 'digest', variant: 'toolbar', repairs: [], mergedFrom: [] },
    ...overrides,
  };
}

describe('mergePapers', () => {
  it('keeps papers with different ids apart', () => {
    const result = mergePapers([paper('a.md', {}), paper('b.md', { id: '2401.00002' })]);
    expect(result.papers).toHaveLength(2);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps the newest version, unites categories and reports the merge', () => {
    const v1 = paper('cs.LG/x.md', { arxivVersion: 1, categories: ['cs.LG'], published: '2024-01-02', title: 'old' });
    const v2 = paper('cs.AI/x.md', {
      arxivVersion: 2,
      categories: ['cs.AI', 'cs.LG'],
      published: '2024-01-02',
      updated: '2024-03-01',
      title: 'new',
    });
    const { papers, diagnostics } = mergePapers([v1, v2]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.title).toBe('new');
    expect(papers[0]!.categories).toEqual(['cs.AI', 'cs.LG']);
    expect(papers[0]!.source.mergedFrom).toEqual(['cs.LG/x.md']);
    expect(diagnostics).toMatchObject([{ file: 'cs.AI/x.md', severity: 'info', code: 'merged-duplicates' }]);
  });

  it('prefers the later update when versions are equal', () => {
    const a = paper('a.md', { updated: '2024-01-01', title: 'a' });
    const b = paper('b.md', { updated: '2024-05-01', title: 'b' });
    expect(mergePapers([a, b]).papers[0]!.title).toBe('b');
    expect(mergePapers([b, a]).papers[0]!.title).toBe('b');
  });
});
