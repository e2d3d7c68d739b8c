import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePaper } from '@/lib/search/build-index';
import { bestOf, createSearchEngine, type SearchResponse } from '@/client/search/engine';
import { fileNames, shardOf, unpackRecord, type DocRecord, type SearchManifest, type TermShard } from '@/shared/search/format';
import { highlightSegments } from '@/shared/search/highlight';

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
  it('numbers papers oldest first (undated before all) and stores what a result shows', () => {
    const { index } = engineFor(papers, { docsPerShard: 2 });
    const manifest = JSON.parse(index.files.get('manifest.json')!) as SearchManifest;
    expect(manifest.papers).toBe(4);
    expect(manifest.recordShards).toBe(2);
    const first = JSON.parse(index.files.get(fileNames.recordShard(manifest, 0))!) as DocRecord[];
    expect(first.map((record) => record[0])).toEqual(['notes-on-rewards', '2410.05678']);
    const second = JSON.parse(index.files.get(fileNames.recordShard(manifest, 1))!) as DocRecord[];
    expect(second.map((record) => record[0])).toEqual(['2404.01817', '2407.03952']);
    expect(second[0]![3]).toBe('提出轨迹一致性蒸馏，让潜空间扩散模型一步采样。');
    expect(second[0]![5]).toEqual(['cs.CV', 'cs.LG']);
    expect(second[0]![6]).toEqual(['Haoran Liu', 'Tobias Kessler']);
  });

  it('names the authors a card names: four in full, five as three and "2 more"', () => {
    const names = ['Ana A', 'Ben B', 'Cai C', 'Dov D', 'Eva E'];
    const index = buildSearchIndex([
      paper('2401.00004', { authors: names.slice(0, 4), published: '2024-01-02' }),
      paper('2401.00005', { authors: names, published: '2024-01-01' }),
    ]);
    const records = (JSON.parse(index.files.get(fileNames.recordShard(index.manifest, 0))!) as DocRecord[]).map(unpackRecord);
    expect(records.map((record) => [record.authors, record.moreAuthors])).toEqual([
      [names.slice(0, 3), 2],
      [names.slice(0, 4), 0],
    ]);
  });

  it('names every file but the manifest by the hash of its block of files, so a file can be cached for good', () => {
    const { index } = engineFor(papers);
    const again = buildSearchIndex([...papers].reverse());
    expect([...index.files.keys()]).toEqual([...again.files.keys()]);
    expect(index.files.get('manifest.json')).toBe(again.files.get('manifest.json'));
    for (const name of index.files.keys()) if (name !== 'manifest.json') expect(name).toMatch(/^[trasf]\w*\.[0-9a-z]{7}\.json$/);
  });

  it('renames only the files whose block changed when a paper is edited or papers arrive', () => {
    // One record per file: 48 papers make six blocks of eight record files.
    const many = Array.from({ length: 48 }, (_, i) =>
      paper(`2401.${String(i).padStart(5, '0')}`, {
        title: `Study number ${i}`,
        published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const options = { docsPerShard: 1 };
    const names = (list: SearchablePaper[]) => {
      const files = [...buildSearchIndex(list, options).files.keys()];
      return { records: files.filter((name) => name.startsWith('r')), abstracts: files.filter((name) => name.startsWith('a')) };
    };
    const before = names(many);
    const edited = names(many.map((p, i) => (i === 7 ? { ...p, title: `${p.title} (revised)` } : p)));
    const gone = (a: string[], b: string[]) => a.filter((name) => !b.includes(name));
    expect(gone(before.records, edited.records)).toHaveLength(8);
    expect(gone(before.abstracts, edited.abstracts)).toHaveLength(0);
    // Five papers newer than all: they take the next numbers, and only the last block of the older files changes.
    const newer = Array.from({ length: 5 }, (_, i) => paper(`2402.0000${i}`, { published: '2024-02-01' }));
    const grown = names([...many, ...newer]);
    expect(gone(before.records, grown.records)).toEqual([]);
    expect(grown.records).toHaveLength(53);
  });

  it('cuts the sorted terms into shards by range, each named by its first term', () => {
    const { index } = engineFor(papers, { termShardBytes: 200 });
    const { firsts } = index.manifest;
    expect(firsts.length).toBeGreaterThan(3);
    expect([...firsts].sort()).toEqual(firsts);
    firsts.forEach((first, i) => {
      const shard = JSON.parse(index.files.get(fileNames.termShard(index.manifest, i))!) as TermShard;
      const terms = shard.terms.map(([term]) => term);
      expect(terms[0]).toBe(first);
      expect(terms.every((term) => shardOf(firsts, term) === i)).toBe(true);
    });
  });

  it('counts the records that ride along in a shard towards its size', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      paper(`2403.${String(i).padStart(5, '0')}`, {
        title: `Topic${String.fromCharCode(97 + (i % 26))}${i} survey`,
        authors: ['Ana Müller'],
      }),
    );
    const { index } = engineFor(many, { termShardBytes: 2_000 });
    const shards = index.manifest.firsts.map((_, i) => index.files.get(fileNames.termShard(index.manifest, i))!);
    const withRecords = shards.filter((content) => (JSON.parse(content) as TermShard).records.length > 0);
    expect(withRecords.length).toBeGreaterThan(3);
    // A shard grows past the aim only by its last term and the records that came with it.
    for (const content of shards) {
      const shard = JSON.parse(content) as TermShard;
      if (shard.terms.length > 1) expect(content.length, shard.terms[0]![0]).toBeLessThan(2_000 + 1_000);
    }
  });

  it('keeps the best completions of a short prefix whose words span shards', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      paper(`2401.${String(i).padStart(5, '0')}`, { title: `Difference${'x'.repeat(i)} study` }),
    );
    const { index } = engineFor([...many, ...papers], { termShardBytes: 150 });
    const { firsts } = index.manifest;
    const home = JSON.parse(index.files.get(fileNames.termShard(index.manifest, shardOf(firsts, 'di')))!) as TermShard;
    expect(home.prefixes.di).toBeDefined();
    expect(home.prefixes.di!.length).toBeLessThanOrEqual(6);
  });
});

describe('search engine', () => {
  it('finds Chinese typed without spaces', async () => {
    const { engine } = engineFor(papers);
    // The keyword itself first; an abstract with 扩散 and 模型 apart ("扩散过程与模型压缩") after it.
    expect(ids(await engine.search({ query: '扩散模型' }))).toEqual(['2404.01817', '2410.05678']);
    expect(ids(await engine.search({ query: '机器人' }))).toEqual(['2407.03952']);
    // Two keywords typed as one run: the bigram across them ("识扩") is in no paper.
    expect(ids(await engine.search({ query: '知识蒸馏扩散模型' }))).toEqual(['2404.01817']);
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
    const { engine, loads, index } = engineFor(papers, { docsPerShard: 1, embedPerTerm: 0 });
    const first = await engine.search({ query: 'diffusion', limit: 1 });
    expect(first.total).toBe(3);
    expect(first.hits).toHaveLength(1);
    const recordLoads = loads.filter((name) => name.startsWith('r'));
    expect(recordLoads).toHaveLength(1);
    expect(index.manifest.recordShards).toBe(4);
    const rest = await engine.search({ query: 'diffusion', offset: 1, limit: 5 });
    expect(ids(rest)).toHaveLength(2);
  });

  it('answers from the term shards alone when the best papers’ records ride along', async () => {
    const { engine, loads } = engineFor(papers, { docsPerShard: 1, embedPerTerm: 2 });
    const first = await engine.search({ query: 'diffusion', limit: 2 });
    expect(first.hits).toHaveLength(2);
    expect(first.hits[0]!.title).not.toBe('');
    expect(loads.filter((name) => name.startsWith('r'))).toEqual([]);
  });
});

describe('search engine: what readers paste', () => {
  const pasted = [
    ...papers,
    paper('hep-th-9901001', { title: 'Strings on Branes', published: '1999-01-05' }),
    paper('2510.11111', {
      title: 'DA$^{2}$: Depth Anything in Any Direction',
      authors: ['Łukasz Nowak', 'José Álvarez'],
      journal: 'NeurIPS 2025',
      doi: '10.1109/LRA.2025.3632610',
      published: '2025-10-01',
    }),
    paper('2510.22222', { title: '$\\lambda$-Orthogonality Regularization', remark: 'Accepted to ICLR 2025', published: '2025-10-02' }),
  ];

  it('finds an arXiv id in every form it is pasted in', async () => {
    const { engine } = engineFor(pasted);
    for (const query of [
      '2404.01817',
      '2404.01817v3',
      'arXiv:2404.01817',
      'https://arxiv.org/abs/2404.01817v2',
      'arxiv.org/pdf/2404.01817.pdf',
    ]) {
      expect(ids(await engine.search({ query })), query).toEqual(['2404.01817']);
    }
  });

  it('finds old-style ids and DOIs', async () => {
    const { engine } = engineFor(pasted);
    expect(ids(await engine.search({ query: 'hep-th/9901001' }))).toEqual(['hep-th-9901001']);
    expect(ids(await engine.search({ query: 'https://arxiv.org/abs/hep-th/9901001v1' }))).toEqual(['hep-th-9901001']);
    expect(ids(await engine.search({ query: 'https://doi.org/10.1109/LRA.2025.3632610' }))).toEqual(['2510.11111']);
  });

  it('fetches only the shard of a pasted id, not those of the pieces of its URL', async () => {
    const { engine, loads, index } = engineFor(pasted, { termShardBytes: 120 });
    await engine.warm();
    loads.length = 0;
    expect(ids(await engine.search({ query: 'https://arxiv.org/abs/2404.01817v2' }))).toEqual(['2404.01817']);
    expect(loads).toEqual([fileNames.termShard(index.manifest, shardOf(index.manifest.firsts, '2404.01817'))]);
  });

  it('fetches no spelling file for a pasted title whose words the index has, and still corrects one it lacks', async () => {
    const { engine, loads } = engineFor(pasted);
    await engine.warm();
    loads.length = 0;
    const title = 'One Step Is Enough: Trajectory-Consistent Distillation for Latent Diffusion Models';
    expect(ids(await engine.search({ query: title }))).toEqual(['2404.01817']);
    expect(loads.filter((name) => name.startsWith('s'))).toEqual([]);
    const typo = await engine.search({ query: title.replace('Distillation', 'Distilation') });
    expect(ids(typo)).toEqual(['2404.01817']);
    expect(typo.corrections).toEqual([['distilation', 'distillation']]);
  });

  it('offers arXiv for an id the site does not have', async () => {
    const { engine } = engineFor(pasted);
    const response = await engine.search({ query: 'arXiv:2501.99999v2' });
    expect(response.total).toBe(0);
    expect(response.pastedId?.arxivUrl).toBe('https://arxiv.org/abs/2501.99999');
  });

  it('finds a whole title pasted with punctuation and math, as written or as read', async () => {
    const { engine } = engineFor(pasted);
    for (const query of ['DA$^{2}$: Depth Anything in Any Direction', 'DA²: Depth Anything in Any Direction', 'DA2 depth anything']) {
      expect(ids(await engine.search({ query }))[0], query).toBe('2510.11111');
    }
    expect(ids(await engine.search({ query: 'λ-Orthogonality Regularization' }))[0]).toBe('2510.22222');
  });

  it('searches venues and remarks', async () => {
    const { engine } = engineFor(pasted);
    expect(ids(await engine.search({ query: 'NeurIPS' }))).toEqual(['2510.11111']);
    const iclr = await engine.search({ query: 'ICLR 2025' });
    expect(ids(iclr)).toEqual(['2510.22222']);
    expect(iclr.hits[0]!.fields).toContain('venue');
  });

  it('finds authors with and without diacritics', async () => {
    const { engine } = engineFor(pasted);
    for (const query of ['Łukasz Nowak', 'lukasz nowak', 'Jose Alvarez', 'José Álvarez']) {
      expect(ids(await engine.search({ query })), query).toEqual(['2510.11111']);
    }
  });

  it('sorts by relevance or newest first', async () => {
    const { engine } = engineFor(pasted);
    const relevance = ids(await engine.search({ query: 'diffusion' }));
    const newest = ids(await engine.search({ query: 'diffusion', sort: 'newest' }));
    expect(relevance[0]).toBe('2404.01817');
    // By publication date: 2024-07, 2024-04, 2023-10.
    expect(newest).toEqual(['2407.03952', '2404.01817', '2410.05678']);
  });

  it('suggests the nearest words when nothing matches', async () => {
    const { engine } = engineFor(pasted);
    const response = await engine.search({ query: 'orthogonalty 机器人' });
    expect(response.total).toBe(0);
    expect(response.nearest).toContain('orthogonality');
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

describe('bestOf: the shown page of a ranking without sorting every match', () => {
  const byFullSort = (docs: number[], score: Float32Array, count: number) =>
    [...docs].sort((a, b) => score[b]! - score[a]! || b - a).slice(0, count);

  it('picks the same papers in the same order as sorting them all, ties to the newer (higher number)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const size of [0, 3, 10, 41, 500, 3000]) {
      // Few distinct scores, so ties are common and their order is tested.
      const score = Float32Array.from({ length: size }, () => Math.floor(random() * 7) / 2);
      const docs = Array.from({ length: size }, (_, doc) => doc).filter(() => random() < 0.8);
      for (const count of [1, 10, 30]) expect(bestOf(docs, score, count)).toEqual(byFullSort(docs, score, count));
    }
  });

  it('leaves the matches it was given as they were', () => {
    const docs = [5, 1, 4, 2, 3, 0, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    const before = [...docs];
    bestOf(
      docs,
      Float32Array.from({ length: 21 }, (_, i) => i % 5),
      3,
    );
    expect(docs).toEqual(before);
  });
});

/**
 * An engine whose index files arrive only when the test lets them, a wave at a time: how many
 * waves a query waits through is how many network round trips a reader waits through.
 */
function engineInWaves(list: SearchablePaper[], options = {}) {
  const index = buildSearchIndex(list, options);
  let waiting: (() => void)[] = [];
  /** The files handed to the engine so far, in order. */
  const arrived: string[] = [];
  // The engine never yields to the page here: on a loaded machine a yield would look like a wave with nothing asked for.
  const engine = createSearchEngine(
    (name) =>
      new Promise((resolve) =>
        waiting.push(() => {
          arrived.push(name);
          resolve(JSON.parse(index.files.get(name)!) as unknown);
        }),
      ),
    { sliceMs: Infinity },
  );
  async function waves<T>(work: Promise<T>): Promise<{ result: T; waves: number }> {
    let result: { value: T } | undefined;
    void work.then((value) => (result = { value }));
    for (let count = 0; ; count++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (result) return { result: result.value, waves: count };
      const wave = waiting;
      waiting = [];
      if (wave.length === 0) throw new Error('the query waits on nothing and never ends');
      for (const release of wave) release();
    }
  }
  return { engine, waves, arrived, index };
}

describe('search engine: round trips a query waits for', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    paper(`2402.${String(i).padStart(5, '0')}`, {
      title: `Study ${i} of ${['sparse', 'dense', 'latent', 'robust', 'neural'][i % 5]} coding`,
    }),
  );

  it('fetches the words of a compound that is in no paper with the rest of the query, not a round later', async () => {
    const { engine, waves } = engineInWaves([...many, ...papers], { termShardBytes: 150 });
    await waves(engine.warm());
    // "sparse-coding" is in no paper: it is split, and the shard of "coding", far from it, comes in the first wave.
    const { result, waves: count } = await waves(engine.search({ query: 'sparse-coding' }));
    expect(result.total).toBe(6);
    // One wave of term shards and spelling files; the records are embedded in the term shards.
    expect(count).toBe(1);
  });

  it('completes a word being typed from the shards its prefix spans in one wave', async () => {
    const spanning = Array.from({ length: 40 }, (_, i) =>
      paper(`2401.${String(i).padStart(5, '0')}`, { title: `Difference${'x'.repeat(i)} study` }),
    );
    const { engine, waves } = engineInWaves([...spanning, ...papers], { termShardBytes: 400 });
    await waves(engine.warm());
    const { result, waves: count } = await waves(engine.search({ query: 'differencexxxxxxx' }));
    expect(result.total).toBeGreaterThan(1);
    expect(count).toBe(1);
  });
});

describe('search engine: the leading hits ahead of the rest', () => {
  const isRecordFile = (index: { manifest: SearchManifest }, name: string) =>
    Array.from({ length: index.manifest.recordShards }, (_, i) => fileNames.recordShard(index.manifest, i)).includes(name);

  it('hands over the hits whose records came in the term shards before the others’ record files arrive', async () => {
    // A term per shard: the shard of "diffusion" carries the record of its best paper only.
    const { engine, waves, arrived, index } = engineInWaves(papers, { docsPerShard: 1, embedPerTerm: 1, termShardBytes: 1 });
    await waves(engine.warm());
    const leading: { response: SearchResponse; recordFiles: number }[] = [];
    const onLeading = (response: SearchResponse) =>
      leading.push({ response, recordFiles: arrived.filter((name) => isRecordFile(index, name)).length });
    const { result, waves: count } = await waves(engine.search({ query: 'diffusion', onLeading }));
    // The term shard, then the record files of the hits not embedded in it.
    expect(count).toBe(2);
    expect(result.partial).toBeUndefined();
    expect(leading).toHaveLength(1);
    const [{ response, recordFiles }] = leading as [(typeof leading)[number]];
    expect(recordFiles).toBe(0);
    expect(response.partial).toBe(true);
    expect(response.total).toBe(result.total);
    expect(response.hits.length).toBeGreaterThan(0);
    expect(response.hits.length).toBeLessThan(result.hits.length);
    // The same hits, in the same order, as the answer begins with: a page appends the rest below them.
    expect(response.hits).toEqual(result.hits.slice(0, response.hits.length));
  });

  it('calls nobody when every record is at hand, or when the first is not', async () => {
    for (const embedPerTerm of [10, 0]) {
      const { engine, waves } = engineInWaves(papers, { docsPerShard: 1, embedPerTerm });
      await waves(engine.warm());
      const leading: SearchResponse[] = [];
      const { result } = await waves(engine.search({ query: 'diffusion', onLeading: (response) => leading.push(response) }));
      expect(result.total).toBe(3);
      expect(leading).toEqual([]);
    }
  });

  it('takes records from a record file read for an earlier query', async () => {
    // No record rides in a term shard; one record per record file.
    const { engine, waves } = engineInWaves(papers, { docsPerShard: 1, embedPerTerm: 0, termShardBytes: 1 });
    await waves(engine.warm());
    // "latent" is in the best paper for "diffusion" only: its record file is read now.
    expect(ids(await waves(engine.search({ query: 'latent' })).then(({ result }) => result))).toEqual(['2404.01817']);
    const leading: SearchResponse[] = [];
    const { result } = await waves(engine.search({ query: 'diffusion', onLeading: (response) => leading.push(response) }));
    expect(ids(result)).toEqual(['2404.01817', '2410.05678', '2407.03952']);
    expect(leading.map(ids)).toEqual([['2404.01817']]);
  });
});

describe('search engine on the page', () => {
  it('lets the page handle input between parts of a long query, and not at all within its time slice', async () => {
    const index = buildSearchIndex(papers);
    for (const sliceMs of [0, Infinity]) {
      // Files arrive as resolved promises: without a yield, nothing but the query runs until it ends.
      const engine = createSearchEngine(async (name) => JSON.parse(index.files.get(name)!) as unknown, { sliceMs });
      await engine.warm();
      let pageRan = false;
      const input = setTimeout(() => (pageRan = true), 0);
      const response = await engine.search({ query: 'diffusion distillation 扩散模型' });
      clearTimeout(input);
      expect(ids(response)).toEqual(['2404.01817']);
      expect(pageRan, `slice of ${sliceMs} ms`).toBe(sliceMs === 0);
    }
  });
});
