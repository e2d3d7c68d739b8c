import { describe, expect, it } from 'vitest';
import { paperTerms, relatedPapers, type RelatablePaper } from '../../src/lib/related';
import { RELATED_ARCHIVE, RELATED_PAIRS, UNRELATED_PAIRS } from '../fixtures/related/papers';

const TOP = 3;

function topIds(result: ReturnType<typeof relatedPapers>, id: string, n = TOP): string[] {
  return (result.related.get(id) ?? []).slice(0, n).map((link) => link.id);
}

describe('paperTerms', () => {
  it('counts whole keywords, categories and domains apart from words, and Chinese as bigrams', () => {
    const terms = paperTerms(RELATED_ARCHIVE[0]!);
    expect(terms.has('k:扩散模型')).toBe(true);
    expect(terms.has('c:cs.cv')).toBe(true);
    expect(terms.has('d:生成模型')).toBe(true);
    expect(terms.has('扩散')).toBe(true);
    expect(terms.has('distillation')).toBe(true);
    expect(terms.has('the')).toBe(false);
  });

  it('leaves formulas out of the terms', () => {
    const terms = paperTerms({ ...RELATED_ARCHIVE[0]!, takeaway: '损失 $\\mathcal{L}_{theta}$ 下降' });
    expect([...terms.keys()].some((term) => term.includes('mathcal'))).toBe(false);
  });
});

describe('relatedPapers', () => {
  const result = relatedPapers(RELATED_ARCHIVE);

  it('ranks papers of the same topic first (the quality figure on our own pairs)', () => {
    const found = RELATED_PAIRS.filter(([a, b]) => topIds(result, a).includes(b) && topIds(result, b).includes(a));
    const kept = UNRELATED_PAIRS.filter(([a, b]) => !topIds(result, a).includes(b) && !topIds(result, b).includes(a));
    console.info(
      `[related] quality: ${found.length}/${RELATED_PAIRS.length} related pairs in each other's top ${TOP}, ` +
        `${kept.length}/${UNRELATED_PAIRS.length} unrelated pairs kept out`,
    );
    expect(found.length / RELATED_PAIRS.length).toBeGreaterThanOrEqual(0.85);
    expect(kept.length / UNRELATED_PAIRS.length).toBeGreaterThanOrEqual(0.85);
  });

  it('finds a related paper that shares no keyword, through its text', () => {
    // d3 and d4 share no keyword and no category; their text is about diffusion distillation.
    const link = result.related.get('d3')!.find((l) => l.id === 'd4');
    expect(link?.score).toBeGreaterThan(0);
  });

  it('gives every paper between min and max links, never itself, each once', () => {
    for (const paper of RELATED_ARCHIVE) {
      const links = result.related.get(paper.id)!;
      expect(links.length).toBeGreaterThanOrEqual(5);
      expect(links.length).toBeLessThanOrEqual(8);
      const ids = links.map((link) => link.id);
      expect(ids).not.toContain(paper.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('orders by score, ties by id, and gives the same lists whatever the input order', () => {
    const reversed = relatedPapers([...RELATED_ARCHIVE].reverse());
    for (const paper of RELATED_ARCHIVE) {
      const links = result.related.get(paper.id)!;
      expect(reversed.related.get(paper.id)).toEqual(links);
      for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
    }
  });

  it('keeps the same terms of each paper whatever the input order, where weights tie at the cut', () => {
    // Few terms per paper: many papers have ties at the cut, which term numbers decide.
    const options = { termsPerPaper: 3 };
    const inOrder = relatedPapers(RELATED_ARCHIVE, options);
    const shuffled = RELATED_ARCHIVE.map((paper, i) => [(i * 7) % RELATED_ARCHIVE.length, paper] as const)
      .sort(([a], [b]) => a - b)
      .map(([, paper]) => paper);
    for (const input of [shuffled, [...RELATED_ARCHIVE].reverse()]) {
      const other = relatedPapers(input, options);
      for (const paper of RELATED_ARCHIVE) expect(other.related.get(paper.id)).toEqual(inOrder.related.get(paper.id));
    }
  });

  it('fills up to the minimum with the newest papers when the text matches nothing', () => {
    const loner: RelatablePaper = { id: 'z', title: 'Qqqq', categories: ['cs.XX'], keywords: [], domains: [], abstract: {} };
    const links = relatedPapers([...RELATED_ARCHIVE, loner], { min: 3 }).related.get('z')!;
    expect(links.map((link) => link.id)).toEqual(['s3', 'g3', 'd4']);
    expect(links.every((link) => link.score === 0)).toBe(true);
  });

  it("changes a paper's list only when its neighbours change", () => {
    const added: RelatablePaper = { ...RELATED_ARCHIVE.find((p) => p.id === 's2')!, id: 's4', published: '2025-05-01' };
    const after = relatedPapers([...RELATED_ARCHIVE, added]);
    expect(topIds(after, 'r1')).toEqual(topIds(result, 'r1'));
    expect(topIds(after, 's2', 1)).toEqual(['s4']);
  });

  it('copes with an empty archive and a single paper', () => {
    expect(relatedPapers([]).related.size).toBe(0);
    expect(relatedPapers([RELATED_ARCHIVE[0]!]).related.get('d1')).toEqual([]);
  });
});
