import { describe, expect, it } from 'vitest';
import { bigrams, bigramsNeeded, indexTerms, mathWords, queryParts } from '@/shared/search/tokenize';
import { recognizeId } from '@/shared/search/query-id';
import { decodeDocList, decodePostings, encodeDocList, encodePostings } from '@/shared/search/codec';
import { shardOf } from '@/shared/search/format';

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
      { text: 'haoran', kind: 'word', last: false, group: 0 },
      { text: '扩散', kind: 'han', last: false, group: 1 },
      { text: '散模', kind: 'han', last: false, group: 1 },
      { text: '模型', kind: 'han', last: false, group: 1 },
      { text: 'diff', kind: 'word', last: true, group: 2 },
    ]);
  });

  it('does not treat a word followed by a space as unfinished', () => {
    expect(queryParts('diffusion ').at(-1)?.last).toBe(false);
  });

  it('lets a long Chinese run miss the bigrams that may span its words', () => {
    expect(bigrams('扩散模型蒸馏')).toHaveLength(5);
    expect(bigramsNeeded(5)).toBe(4);
    expect(bigramsNeeded(3)).toBe(2);
    expect(bigramsNeeded(2)).toBe(2);
    expect(bigramsNeeded(1)).toBe(1);
  });

  it('keeps a lone stop word rather than searching for nothing', () => {
    expect(queryParts('the')).toEqual([{ text: 'the', kind: 'word', last: true, group: 0 }]);
  });
});

describe('mathWords', () => {
  it('reads inline math as the letters a reader types', () => {
    expect(mathWords('DA$^{2}$: Depth Anything')).toBe('DA2: Depth Anything');
    expect(mathWords('$\\boldsymbol\\lambda$-Orthogonality')).toBe('lambda-Orthogonality');
    expect(mathWords('PPO$^{+}$ with $k$-Step')).toBe('PPO+ with k-Step');
  });
});

describe('recognizeId', () => {
  it('reads every pasted form of a new-style arXiv id', () => {
    for (const text of [
      '2505.02064',
      '2505.02064v3',
      'arXiv:2505.02064',
      ' https://arxiv.org/abs/2505.02064v2 ',
      'arxiv.org/pdf/2505.02064.pdf',
      'https://arxiv.org/pdf/2505.02064v1',
    ]) {
      expect(recognizeId(text), text).toEqual({
        kind: 'arxiv',
        id: '2505.02064',
        terms: ['2505.02064'],
        arxivUrl: 'https://arxiv.org/abs/2505.02064',
      });
    }
  });

  it('reads old-style ids and DOIs, and nothing else', () => {
    expect(recognizeId('hep-th/9901001')?.terms).toEqual(['hep-th/9901001', 'hep-th-9901001', 'hep-th9901001']);
    expect(recognizeId('arXiv:math.GT/0309136v2')?.id).toBe('math.gt/0309136');
    expect(recognizeId('doi:10.1109/LRA.2025.3632610')).toEqual({
      kind: 'doi',
      id: '10.1109/lra.2025.3632610',
      terms: ['10.1109/lra.2025.3632610'],
    });
    expect(recognizeId('https://doi.org/10.48550/arXiv.2505.02064')?.kind).toBe('doi');
    for (const text of ['diffusion', '2505', 'gpt-4', 'ICLR 2025', '2505.02064 diffusion']) expect(recognizeId(text), text).toBeUndefined();
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

  it('finds the shard whose range holds a term', () => {
    const firsts = ['', 'diff', 'm', '扩散'];
    expect(shardOf(firsts, '2404.01817')).toBe(0);
    expect(shardOf(firsts, 'diff')).toBe(1);
    expect(shardOf(firsts, 'diffusion')).toBe(1);
    expect(shardOf(firsts, 'model')).toBe(2);
    expect(shardOf(firsts, '一步')).toBe(2); // U+4E00 sorts before 扩 (U+6269)
    expect(shardOf(firsts, '扩散')).toBe(3);
  });
});
