import { describe, expect, it } from 'vitest';
import { encodeForYou, rankForYou, type ForYouPaper } from '../../src/shared/for-you';

const paper = (id: string, keywords: string[], categories: string[] = ['cs.LG']): ForYouPaper => ({
  id,
  title: `Title ${id}`,
  keywords,
  categories,
});

// Newest first, as the site lists them.
const PAPERS = [
  paper('n1', ['扩散模型', '蒸馏']),
  paper('n2', ['机器人']),
  paper('n3', ['扩散模型'], ['cs.CV']),
  paper('n4', ['语音'], ['eess.AS']),
  paper('n5', ['only-here'], ['cs.RO']),
  paper('f1', ['扩散模型', '蒸馏']),
  paper('f2', ['扩散模型', '蒸馏', '机器人']),
  paper('f3', ['Distillation', '蒸馏'], ['cs.RO']),
  paper('o1', ['语音'], ['eess.AS']),
];

describe('encodeForYou', () => {
  const file = encodeForYou(PAPERS, 5);

  it('lists every paper with indexes, and only keywords two papers share', () => {
    expect(file.papers).toHaveLength(PAPERS.length);
    expect(file.keywords).not.toContain('only-here');
    expect(file.keywords).not.toContain('Distillation');
    expect(file.titles).toEqual(['Title n1', 'Title n2', 'Title n3', 'Title n4', 'Title n5']);
    expect(file.papers[0]).toMatch(/^n1\|[0-9a-z]+,[0-9a-z]+\|[0-9a-z]+$/);
  });

  it('is compact: well under 40 bytes a paper here', () => {
    expect(JSON.stringify(file).length / PAPERS.length).toBeLessThan(40);
  });
});

describe('rankForYou', () => {
  const file = encodeForYou(PAPERS, 5);

  it('ranks the newest papers by what they share with favourites, with the reason', () => {
    const ranked = rankForYou(file, new Set(['f1', 'f2', 'f3']));
    expect(ranked[0]).toMatchObject({ id: 'n1', shared: ['蒸馏', '扩散模型'], favourites: 3 });
    expect(ranked.map((r) => r.id)).toEqual(['n1', 'n3', 'n2', 'n5']);
    expect(ranked.find((r) => r.id === 'n5')).toMatchObject({ shared: ['cs.RO'], favourites: 1 });
  });

  it('never recommends a favourite and shows nothing without favourites', () => {
    expect(rankForYou(file, new Set())).toEqual([]);
    expect(rankForYou(file, new Set(['n1'])).map((r) => r.id)).not.toContain('n1');
  });

  it('recommends nothing that shares nothing', () => {
    expect(rankForYou(file, new Set(['o1'])).map((r) => r.id)).toEqual(['n4']);
  });

  it('ignores a file of another version', () => {
    expect(rankForYou({ ...file, v: 2 as 1 }, new Set(['f1']))).toEqual([]);
  });
});
