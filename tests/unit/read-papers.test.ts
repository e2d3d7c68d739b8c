import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileResultCache } from '@/loader/cache';
import { listSummaryFiles } from '@/loader/files';
import { readPapers } from '@/loader/read-papers';
import { summarizeDiagnostics } from '@/loader/summary';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus';
import { tempFolders } from '../temp-folders';

const readFolder = tempFolders('papershelf-read-');
const cacheFolder = tempFolders('papershelf-cache-');
const poolFolder = tempFolders('papershelf-pool-');

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** A papers folder with two good files, one copy of the first under another category, and one bad file. */
function papersFolder(): string {
  const dir = readFolder();
  mkdirSync(join(dir, 'cs.LG'));
  cpSync(join(fixtures, 'digest/toolbar.md'), join(dir, 'toolbar.md'));
  cpSync(join(fixtures, 'digest/toolbar.md'), join(dir, 'cs.LG/toolbar-copy.md'));
  cpSync(join(fixtures, 'canonical/full.md'), join(dir, 'hand-written.md'));
  writeFileSync(join(dir, 'broken.txt'), 'no format here\n');
  writeFileSync(join(dir, 'README.md'), '# Notes for people, not a paper\n');
  writeFileSync(join(dir, '.hidden.md'), 'editor backup\n');
  return dir;
}

describe('listSummaryFiles', () => {
  it('finds summaries at any depth and leaves out READMEs and hidden files', async () => {
    const files = await listSummaryFiles(papersFolder());
    expect(files.map((f) => f.path)).toEqual(['broken.txt', 'cs.LG/toolbar-copy.md', 'hand-written.md', 'toolbar.md']);
  });
});

describe('readPapers', () => {
  it('reads the good files, merges duplicates and skips the bad one with an error naming it', async () => {
    const dir = papersFolder();
    const result = await readPapers({ dir, base: '/' });
    expect(result.papers).toHaveLength(2);
    expect(result.papers.every((p) => p.html.title.length > 0)).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['broken.txt']);
    expect(result.diagnostics.some((d) => d.code === 'merged-duplicates')).toBe(true);
    expect(result.stats).toMatchObject({ files: 4, skipped: 1, cached: 0 });
    expect(summarizeDiagnostics(result)).toMatch(/2 papers from 4 files[\s\S]*merged duplicates: 1; skipped files: 1; errors: 1/);
  });

  it('serves unchanged files from the cache and re-reads a changed one', async () => {
    const dir = papersFolder();
    const cache = new FileResultCache(cacheFolder(), 'v1');
    await readPapers({ dir, base: '/', cache });
    expect((await readPapers({ dir, base: '/', cache })).stats.cached).toBe(4);
    writeFileSync(join(dir, 'broken.txt'), 'still no format, but different\n');
    expect((await readPapers({ dir, base: '/', cache })).stats.cached).toBe(3);
  });

  it('does not reuse results cached for another base path or pipeline version', async () => {
    const dir = papersFolder();
    const cacheDir = cacheFolder();
    await readPapers({ dir, base: '/', cache: new FileResultCache(cacheDir, 'v1') });
    expect((await readPapers({ dir, base: '/shelf/', cache: new FileResultCache(cacheDir, 'v1') })).stats.cached).toBe(0);
    expect((await readPapers({ dir, base: '/', cache: new FileResultCache(cacheDir, 'v2') })).stats.cached).toBe(0);
  });

  it('keeps one cache entry per file: entries of older versions are deleted', async () => {
    const dir = papersFolder();
    const cacheDir = cacheFolder();
    const cache = new FileResultCache(cacheDir, 'v1');
    await readPapers({ dir, base: '/', cache });
    writeFileSync(join(dir, 'broken.txt'), 'edited\n');
    // An entry of the format before (JSON), as an older build left it.
    writeFileSync(join(cacheDir, `${'0'.repeat(40)}.json`), '{"paper":null,"diagnostics":[]}');
    await readPapers({ dir, base: '/', cache });
    expect(readdirSync(cacheDir)).toHaveLength(4);
    expect(readdirSync(cacheDir).every((name) => name.endsWith('.v8'))).toBe(true);
  });

  // Starting worker threads that load the pipeline takes seconds on a busy machine: a longer budget,
  // and just enough files (20) for a batch to go to the pool (16 or more).
  it('reads on worker threads with the same result as in one thread', { timeout: 90_000 }, async () => {
    const dir = poolFolder();
    writeSyntheticCorpus(dir, 20, { seed: 7, mathShare: 0.2 });
    const fallbacks: string[] = [];
    const pooled = await readPapers({ dir, base: '/', threads: 2, onPoolFallback: (reason) => fallbacks.push(reason) });
    const single = await readPapers({ dir, base: '/', threads: 0 });
    expect(fallbacks).toEqual([]);
    expect(pooled.papers).toHaveLength(20);
    expect(pooled.papers).toEqual(single.papers);
    expect(pooled.diagnostics).toEqual(single.diagnostics);
    expect(pooled.stats.renderMs).toBeGreaterThan(0);
  });
});
