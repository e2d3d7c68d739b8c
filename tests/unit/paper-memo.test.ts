import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaperMemo } from '@/lib/paper-memo';
import { isWeightedTerms, relatedPapers, weightedTerms, type RelatablePaper } from '@/lib/related';
import { buildSearchIndex, isPaperTerms, searchTerms, type SearchablePaper } from '@/lib/search/build-index';
import { RELATED_ARCHIVE } from '../fixtures/related/papers';

const folders: string[] = [];
function memoFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'paper-memo-'));
  folders.push(folder);
  return join(folder, 'terms', 'kind.v8');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const isText = (value: unknown): value is string => typeof value === 'string';

/** One build: the memo over `digests`, computing `digest!` for each, saved. Returns what it computed and reused. */
function build(file: string, version: string, digests: string[]) {
  const memo = new PaperMemo({ file, version }, isText);
  const computed: string[] = [];
  const values = digests.map((digest) =>
    memo.get(digest, () => {
      computed.push(digest);
      return `${digest}!`;
    }),
  );
  memo.save();
  return { values, computed, reused: memo.reused };
}

describe('PaperMemo', () => {
  it('computes each paper once, then reuses its result in the next build under the same version', () => {
    const file = memoFile();
    expect(build(file, 'v1', ['a', 'b', 'a'])).toEqual({ values: ['a!', 'b!', 'a!'], computed: ['a', 'b'], reused: 0 });
    expect(build(file, 'v1', ['a', 'b', 'c'])).toEqual({ values: ['a!', 'b!', 'c!'], computed: ['c'], reused: 2 });
  });

  it('reuses nothing under another version of the code', () => {
    const file = memoFile();
    build(file, 'v1', ['a', 'b']);
    expect(build(file, 'v2', ['a', 'b'])).toMatchObject({ computed: ['a', 'b'], reused: 0 });
  });

  it('keeps only the papers of the last build, so the file never outgrows the archive', () => {
    const file = memoFile();
    build(file, 'v1', ['a', 'b', 'c']);
    build(file, 'v1', ['c']);
    expect(build(file, 'v1', ['a', 'b', 'c'])).toMatchObject({ computed: ['a', 'b'], reused: 1 });
    const saved = deserialize(readFileSync(file)) as { results: [string, string][] };
    expect(saved.results.map(([digest]) => digest).sort()).toEqual(['a', 'b', 'c']);
  });

  it('computes again over a damaged file, a wrong shape or a result of the wrong type, and then mends the file', () => {
    const file = memoFile();
    build(file, 'v1', ['a']);
    const whole = serialize({ version: 'v1', results: [['a', 'a!']] });
    const damaged = [
      whole.subarray(0, whole.length - 5), // cut short
      serialize(null),
      serialize([]),
      serialize({ version: 'v1', results: { a: 'a!' } }),
      // A memo from before it was in V8's serialization.
      Buffer.from(JSON.stringify({ version: 'v1', results: [['a', 'a!']] })),
    ];
    for (const content of damaged) {
      writeFileSync(file, content);
      expect(build(file, 'v1', ['a'])).toMatchObject({ computed: ['a'], reused: 0 });
    }
    writeFileSync(file, serialize({ version: 'v1', results: [['a', 42], ['b', 'b!'], 'c'] }));
    expect(build(file, 'v1', ['a', 'b'])).toMatchObject({ values: ['a!', 'b!'], computed: ['a'], reused: 1 });
    expect(build(file, 'v1', ['a', 'b'])).toMatchObject({ computed: [], reused: 2 });
  });

  it('always computes for a paper without a digest, and keeps nothing without a place', () => {
    const memo = new PaperMemo(undefined, isText);
    let calls = 0;
    memo.get(undefined, () => `${++calls}`);
    memo.get(undefined, () => `${++calls}`);
    memo.save();
    expect(calls).toBe(2);
  });

  it('warns and goes on when the cache folder cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'paper-memo-'));
    folders.push(folder);
    const blocker = join(folder, 'not-a-folder');
    writeFileSync(blocker, '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const memo = new PaperMemo({ file: join(blocker, 'kind.v8'), version: 'v1' }, isText);
    memo.get('a', () => 'a!');
    expect(() => memo.save()).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not keep'));
  });
});

/** A result as the next build reads it: through V8's serialization. */
const remembered = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('remembered terms', () => {
  const searchable: SearchablePaper[] = RELATED_ARCHIVE.map((paper, i) => ({
    ...paper,
    categories: [...paper.categories],
    keywords: [...paper.keywords],
    domains: [...paper.domains],
    authors: [`Author ${i % 5}`],
    doi: i % 3 ? undefined : `10.1000/x${i}`,
  }));

  it('give the search index a paper gives when cut fresh, file for file', () => {
    const stored = new Map(searchable.map((paper) => [paper.id, remembered(searchTerms(paper))]));
    expect([...stored.values()].every(isPaperTerms)).toBe(true);
    const fresh = buildSearchIndex(searchable);
    const again = buildSearchIndex(searchable, { termsOf: (paper) => stored.get(paper.id)! });
    expect([...again.files]).toEqual([...fresh.files]);
    expect(fresh.stats.postings).toBeGreaterThan(searchable.length * 10);
  });

  it('give related papers what fresh terms give, order and scores included', () => {
    const papers: RelatablePaper[] = RELATED_ARCHIVE;
    const stored = new Map(papers.map((paper) => [paper.id, remembered(weightedTerms(paper))]));
    expect([...stored.values()].every(isWeightedTerms)).toBe(true);
    const fresh = relatedPapers(papers);
    const again = relatedPapers(papers, { termsOf: (paper) => stored.get(paper.id)! });
    expect([...again.related]).toEqual([...fresh.related]);
    expect(fresh.stats.terms).toBeGreaterThan(papers.length);
  });
});
