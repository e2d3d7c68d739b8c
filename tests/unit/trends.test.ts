import { describe, expect, it } from 'vitest';
import { bars, monthlyCounts, risingKeywords, summarize } from '../../src/lib/trends';

describe('monthlyCounts', () => {
  it('counts papers per month, fills empty months with 0 and skips undated papers', () => {
    expect(monthlyCounts(['2024-11-03', '2025-01-20', '2025-01-02', undefined, 'bad'])).toEqual([
      { month: '2024-11', count: 1 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 2 },
    ]);
  });

  it('keeps only the last months when asked', () => {
    expect(monthlyCounts(['2020-01-01', '2025-06-01'], 3).map((m) => m.month)).toEqual(['2025-04', '2025-05', '2025-06']);
  });

  it('is empty without dates', () => {
    expect(monthlyCounts([undefined])).toEqual([]);
    expect(summarize([])).toBeUndefined();
  });
});

describe('bars', () => {
  it('draws the peak to the full height, the others in proportion, empty months as a hairline', () => {
    const drawn = bars(
      [
        { month: '2025-01', count: 4 },
        { month: '2025-02', count: 0 },
        { month: '2025-03', count: 2 },
      ],
      300,
      60,
    );
    expect(drawn.map((b) => b.height)).toEqual([60, 0.5, 30]);
    expect(drawn.map((b) => b.y)).toEqual([0, 59.5, 30]);
    expect(drawn[1]!.x).toBeGreaterThan(drawn[0]!.x + drawn[0]!.width);
    expect(drawn.at(-1)!.x + drawn.at(-1)!.width).toBeLessThanOrEqual(300);
  });
});

describe('summarize', () => {
  it('names the total, the range and the busiest month', () => {
    const series = monthlyCounts(['2025-01-01', '2025-02-01', '2025-02-03']);
    expect(summarize(series)).toEqual({ total: 3, first: '2025-01', last: '2025-02', peak: { month: '2025-02', count: 2 } });
  });
});

describe('risingKeywords', () => {
  const paper = (published: string, ...keywords: string[]) => ({ published, keywords });
  const papers = [
    paper('2025-04-02', 'Diffusion', 'RAG'),
    paper('2025-04-10', 'diffusion', 'RAG'),
    paper('2025-04-11', 'diffusion', 'robots'),
    paper('2025-03-01', 'RAG'),
    paper('2025-02-01', 'RAG'),
    paper('2025-01-01', 'RAG', 'diffusion'),
    paper('2024-12-01', 'diffusion', 'diffusion'),
  ];

  it('finds keywords with more papers in the newest month than before, steepest first', () => {
    const rising = risingKeywords(papers)!;
    expect(rising.month).toBe('2025-04');
    expect(rising.keywords).toEqual([
      { keyword: 'Diffusion', now: 3, before: 0.3 },
      { keyword: 'RAG', now: 2, before: 1 },
    ]);
  });

  it('leaves out keywords with a single paper this month and those not rising', () => {
    const rising = risingKeywords([...papers, paper('2025-03-05', 'RAG'), paper('2025-03-06', 'RAG'), paper('2025-02-05', 'RAG')])!;
    expect(rising.keywords.map((k) => k.keyword)).toEqual(['Diffusion']);
  });

  it('is undefined without dated papers', () => {
    expect(risingKeywords([{ keywords: ['x'] }])).toBeUndefined();
  });
});
