/**
 * The ranking query set, run against the engine: hand-written queries (tests/fixtures/search/queries.json)
 * over the papers of the library fixture site (tests/sites/library/papers: a frozen copy of the sample
 * as the queries and the browser tests were written for it, with the damaged digest in its clean form),
 * and queries drawn from a synthetic corpus with a fixed seed
 * (scripts/lib/search-queries.ts). Every query's paper must be in the top 3; the MRR is printed.
 * The bundled sample (content/papers) may change freely without touching this test or its time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '@/client/search/engine';
import { ingestFile } from '@/ingest/index';
import { mergePapers } from '@/ingest/merge';
import type { Paper } from '@/ingest/schema';
import { buildSearchIndex } from '@/lib/search/build-index';
import { meanReciprocalRank, rankingQueries } from '../../scripts/lib/search-queries';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus';

interface Query {
  kind: string;
  text: string;
  expect: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(md|markdown|txt)$/.test(name) && name !== 'README.md' ? [path] : [];
  });
}

async function readPapers(dir: string): Promise<Paper[]> {
  const read: Paper[] = [];
  for (const file of walk(dir)) {
    const { paper } = await ingestFile(relative(dir, file), readFileSync(file));
    if (paper) read.push(paper);
  }
  return mergePapers(read).papers;
}

async function rank(papers: Paper[], queries: Query[]) {
  const index = buildSearchIndex(papers);
  const engine = createSearchEngine(async (name) => JSON.parse(index.files.get(name)!) as unknown);
  const results = [];
  for (const query of queries) {
    const response = await engine.search({ query: query.text, limit: 10 });
    results.push({ ...query, ranked: response.hits.map((hit) => hit.id) });
  }
  return results;
}

const handQueries = JSON.parse(readFileSync('tests/fixtures/search/queries.json', 'utf8')) as Query[];
let corpusDir: string;
let synthetic: Paper[];

// Writing and reading 500 synthetic papers takes about a second of CPU: more than a hook's 10 s on a busy machine.
beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'papershelf-ranking-'));
  writeSyntheticCorpus(corpusDir, 500, { seed: 11 });
  synthetic = await readPapers(corpusDir);
}, 60_000);
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

describe('search ranking', () => {
  it('holds at least 80 queries of every kind', () => {
    const queries = [...handQueries, ...rankingQueries(synthetic, 9)];
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['id', 'pasted', 'title', 'author', 'chinese', 'typo', 'venue']));
  });

  it('puts the expected paper in the top 3 for every hand-written query', async () => {
    const results = await rank(await readPapers('tests/sites/library/papers'), handQueries);
    const missed = results
      .filter((r) => !r.ranked.slice(0, 3).includes(r.expect))
      .map((r) => `${r.text} → ${r.ranked.slice(0, 3).join(', ')}`);
    console.info(`hand-written ranking set: ${results.length} queries, MRR ${meanReciprocalRank(results).toFixed(3)}`);
    expect(missed).toEqual([]);
  });

  it('puts the expected synthetic paper in the top 3 for every drawn query', async () => {
    const results = await rank(synthetic, rankingQueries(synthetic, 9));
    const missed = results
      .filter((r) => !r.ranked.slice(0, 3).includes(r.expect))
      .map((r) => `${r.kind} ${r.text} → ${r.ranked.slice(0, 3).join(', ')}`);
    console.info(`synthetic ranking set: ${results.length} queries, MRR ${meanReciprocalRank(results).toFixed(3)}`);
    expect(missed).toEqual([]);
  });
});
