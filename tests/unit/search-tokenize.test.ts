import { describe, expect, it } from 'vitest';
import { bigrams, indexTerms, queryBigrams, queryParts } from '@/search/tokenize';
import { decodeDocList, decodePostings, encodeDocList, encodePostings, termShard } from '@/search/codec';

describe('indexTerms', () => {
  it('cuts Chinese without spaces into character bigrams', () => {
    expect([...indexTerms('扩散模型', false)]).toEqual(['扩散', '散模', '模型']);
  });

  it('adds single characters only in short fields', () => {
    expect(indexTerms('机器人', true)).toContain('机');
    expect(indexTerms('机器人', false)).not.toContain('机');
  });

  it('lowercases words, removes accents and drops stop words', () => {
    expect([...indexTerms('The Müller ＧＰＴ of Models', false)]).toEqual(['muller', 'gpt', 'models']);
  });

  it('keeps arXiv ids and dotted categories whole and also yields their parts', () => {
    expect([...indexTerms('2404.01817 cs.CL gpt-4', true)]).toEqual([
      '2404.01817',
      '2404',
      '01817',
      'cs.cl',
      'cs',
      'cl',
      'gpt-4',
      'gpt',
      '4',
    ]);
  });

  it('separates Chinese from Latin words written together', () => {
    expect([...indexTerms('GPT模型', false)]).toEqual(['gpt', '模型']);
  });
});

describe('queryParts', () => {
  it('makes every bigram and word a part, and marks the word still being typed', () => {
    expect(queryParts('Haoran 扩散模型 diff')).toEqual([
      { text: 'haoran', kind: 'word', last: false },
      { text: '扩散', kind: 'han', last: false },
      { text: '散模', kind: 'han', last: false },
      { text: '模型', kind: 'han', last: false },
      { text: 'diff', kind: 'word', last: true },
    ]);
  });

  it('does not treat a word followed by a space as unfinished', () => {
    expect(queryParts('diffusion ').at(-1)?.last).toBe(false);
  });

  it('drops bigrams that span two words of a long Chinese query', () => {
    expect(queryBigrams('扩散模型蒸馏')).toEqual(['扩散', '模型', '蒸馏']);
    expect(bigrams('扩散模型蒸馏')).toHaveLength(5);
  });

  it('keeps a lone stop word rather than searching for nothing', () => {
    expect(queryParts('the')).toEqual([{ text: 'the', kind: 'word', last: true }]);
  });
});

describe('codec', () => {
  it('round-trips postings with large gaps and masks', () => {
    const docs = [0, 1, 31, 32, 1000, 14_000, 100_000];
    const masks = [1, 511, 2, 256, 31, 32, 7];
    const decoded = decodePostings(encodePostings(docs, masks));
    expect([...decoded.docs]).toEqual(docs);
    expect([...decoded.masks]).toEqual(masks);
  });

  it('round-trips paper lists and writes only JSON-safe characters', () => {
    const encoded = encodeDocList([3, 4, 90, 5000]);
    expect(decodeDocList(encoded)).toEqual([3, 4, 90, 5000]);
    expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
  });

  it('spreads terms over shards the same way every time', () => {
    expect(termShard('diffusion', 7)).toBe(termShard('diffusion', 7));
    const used = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '扩散', '模型'].map((t) => termShard(t, 4)));
    expect(used.size).toBeGreaterThan(1);
  });
});
