import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePaper } from '@/search/build-index';
import { createSearchEngine } from '@/search/engine';
import type { DocRecord, SearchManifest } from '@/search/format';
import { highlightSegments } from '@/search/highlight';

function paper(id: string, fields: Partial<SearchablePaper>): SearchablePaper {
  return {
    id,
    title: `Paper ${id}`,
    authors: [],
    categories: ['cs.LG'],
    domains: [],
    keywords: [],
    abstract: {},
    published: '2024-01-01',
    ...fields,
  };
}

const papers: SearchablePaper[] = [
  paper('2404.01817', {
    title: 'One Step Is Enough: Trajectory-Consistent Distillation for Latent Diffusion Models',
    authors: ['Haoran Liu', 'Tobias Kessler'],
    categories: ['cs.CV', 'cs.LG'],
    keywords: ['扩散模型', '知识蒸馏', 'diffusion'],
    takeaway: '**提出轨迹一致性蒸馏，让潜空间扩散模型一步采样。**',
    abstract: { zh: '潜空间扩散模型已经成为文生图的主流方案。', en: 'Latent diffusion models produce high-fidelity images.' },
    published: '2024-04-02',
  }),
  paper('2407.03952', {
    title: 'Reward Shaping for Robot Manipulation',
    authors: ['Ana Müller'],
    categories: ['cs.RO'],
    keywords: ['强化学习', '机器人'],
    abstract: { en: 'We compare against a diffusion policy baseline.' },
    published: '2024-07-03',
  }),
  paper('2410.05678', {
    title: 'Sparse Attention for Long Documents',
    categories: ['cs.CL'],
    keywords: ['Transformer', 'diffusion'],
    abstract: { zh: '我们研究扩散过程与模型压缩。' },
    published: '2023-10-05',
  }),
  paper('notes-on-rewards', { title: 'Notes on Reward Models', keywords: ['对齐'], published: undefined }),
];

function engineFor(list: SearchablePaper[], options = {}) {
  const index = buildSearchIndex(list, options);
  const loads: string[] = [];
  const engine = createSearchEngine(async (name) => {
    loads.push(name);
    const content = index.files.get(name);
    if (content === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(content) as unknown;
  });
  return { index, engine, loads };
}

const ids = (response: { hits: { id: string }[] }) => response.hits.map((hit) => hit.id);

describe('buildSearchIndex', () => {
  it('numbers papers newest first and stores records with shared category names', () => {
    const { index } = engineFor(papers, { docsPerShard: 2 });
    const manifest = JSON.parse(index.files.get('manifest.json')!) as SearchManifest;
    expect(manifest.papers).toBe(4);
    expect(manifest.docShards).toHaveLength(2);
    const first = JSON.parse(index.files.get(manifest.docShards[0]!)!) as DocRecord[];
    expect(first.map((record) => record[0])).toEqual(['2407.03952', '2404.01817']);
    expect(first[1]![2]).toBe('提出轨迹一致性蒸馏，让潜空间扩散模型一步采样。');
    const base = JSON.parse(index.files.get(manifest.base)!) as { categories: [string, string][]; terms: string };
    expect(base.categories.map(([name]) => name)).toEqual(['cs.RO', 'cs.CV', 'cs.LG', 'cs.CL']);
    // The vocabulary holds Latin terms only; Chinese is looked up in the shards directly.
    expect(base.terms.split('\n')).toContain('diffusion');
    expect(base.terms).not.toMatch(/\p{Script=Han}/u);
  });

  it('names every file but the manifest by its content, so files can be cached for good', () => {
    const { index } = engineFor(papers);
    const again = buildSearchIndex([...papers].reverse());
    expect([...index.files.keys()]).toEqual([...again.files.keys()]);
    for (const name of index.files.keys()) if (name !== 'manifest.json') expect(name).toMatch(/^[a-z]\d*\.[0-9a-f]{10}\.json$|^base\./);
  });

  it('splits postings into several shards when asked for small ones', () => {
    const { index } = engineFor(papers, { termShardBytes: 200 });
    expect(index.manifest.termShards.length).toBeGreaterThan(3);
  });
});

describe('search engine', () => {
  it('finds Chinese typed without spaces', async () => {
    const { engine } = engineFor(papers);
    expect(ids(await engine.search({ query: '扩散模型' }))).toEqual(['2404.01817']);
    expect(ids(await engine.search({ query: '机器人' }))).toEqual(['2407.03952']);
  });

  it('tolerates a typo and says which word it used', async () => {
    const { engine } = engineFor(papers);
    const response = await engine.search({ query: 'difusion' });
    expect(ids(response)).toContain('2404.01817');
    expect(response.corrections).toEqual([['difusion', 'diffusion']]);
    expect(response.highlights).toContain('diffusion');
  });

  it('narrows with every further term', async () => {
    const { engine } = engineFor(papers);
    expect((await engine.search({ query: 'diffusion' })).total).toBe(3);
    expect(ids(await engine.search({ query: 'diffusion latent' }))).toEqual(['2404.01817']);
    expect(ids(await engine.search({ query: 'diffusion 机器人' }))).toEqual(['2407.03952']);
  });

  it('ranks title and keyword matches above abstract matches', async () => {
    const { engine } = engineFor(papers);
    const response = await engine.search({ query: 'diffusion' });
    expect(ids(response).at(-1)).toBe('2407.03952');
    expect(response.hits.at(-1)!.fields).toEqual(['abstractEn']);
    expect(response.hits[0]!.fields.slice(0, 2)).toEqual(['title', 'keywords']);
  });

  it('matches the word being typed as a prefix', async () => {
    const { engine } = engineFor(papers);
    expect(ids(await engine.search({ query: 'dis' }))).toEqual(['2404.01817']);
    // A short finished word is taken as it is.
    expect((await engine.search({ query: 'dis ' })).total).toBe(0);
  });

  it('finds authors without accents, and arXiv ids', async () => {
    const { engine } = engineFor(papers);
    expect(ids(await engine.search({ query: 'muller' }))).toEqual(['2407.03952']);
    expect(ids(await engine.search({ query: 'Haoran Liu' }))).toEqual(['2404.01817']);
    expect(ids(await engine.search({ query: '2404.01817' }))).toEqual(['2404.01817']);
  });

  it('combines the query with category, year and favourite filters', async () => {
    const { engine } = engineFor(papers);
    expect(ids(await engine.search({ query: 'diffusion', filters: { category: 'cs.CL' } }))).toEqual(['2410.05678']);
    expect(ids(await engine.search({ query: 'diffusion', filters: { year: 2024 } }))).toEqual(['2404.01817', '2407.03952']);
    expect(ids(await engine.search({ query: '', filters: { ids: ['notes-on-rewards', '2410.05678', 'missing'] } }))).toEqual([
      '2410.05678',
      'notes-on-rewards',
    ]);
    expect((await engine.search({ query: 'diffusion', filters: { ids: [] } })).total).toBe(0);
  });

  it('pages through results and loads only the record shards it shows', async () => {
    const { engine, loads, index } = engineFor(papers, { docsPerShard: 1 });
    const first = await engine.search({ query: 'diffusion', limit: 1 });
    expect(first.total).toBe(3);
    expect(first.hits).toHaveLength(1);
    const recordLoads = loads.filter((name) => name.startsWith('d'));
    expect(recordLoads).toHaveLength(1);
    expect(index.manifest.docShards).toHaveLength(4);
    const rest = await engine.search({ query: 'diffusion', offset: 1, limit: 5 });
    expect(ids(rest)).toHaveLength(2);
  });
});

describe('highlightSegments', () => {
  it('marks Latin terms at word starts, ignoring case and accents', () => {
    expect(highlightSegments('Latent Diffusion, not undiffused', ['diffus'])).toEqual([
      { text: 'Latent ', mark: false },
      { text: 'Diffus', mark: true },
      { text: 'ion, not undiffused', mark: false },
    ]);
    expect(highlightSegments('Ana Müller', ['muller']).find((s) => s.mark)?.text).toBe('Müller');
  });

  it('marks Chinese anywhere and keeps markup as plain text', () => {
    expect(highlightSegments('<b>潜空间扩散模型</b>', ['扩散模型'])).toEqual([
      { text: '<b>潜空间', mark: false },
      { text: '扩散模型', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
});
