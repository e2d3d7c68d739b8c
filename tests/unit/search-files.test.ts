import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSearchIndex } from '@/integrations/search-files';
import { readPapers } from '@/loader/read-papers';
import { buildSearchIndex } from '@/search/build-index';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus';

describe('the search index built beside page generation', () => {
  it('writes on a worker thread the same files the index builder makes in this thread', async () => {
    const papersDir = mkdtempSync(join(tmpdir(), 'papershelf-search-papers-'));
    writeSyntheticCorpus(papersDir, 30, { seed: 3, mathShare: 0.2 });
    const { papers } = await readPapers({ dir: papersDir, base: '/' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'papershelf-search-cache-'));

    const done = await startSearchIndex(cacheDir, papers);
    const expected = buildSearchIndex(papers).files;

    expect(done.thread).toBe('on a worker thread');
    expect(done.papers).toBe(30);
    expect(readdirSync(done.dir).sort()).toEqual([...expected.keys()].sort());
    for (const [name, body] of expected) expect(readFileSync(join(done.dir, name), 'utf8')).toBe(body);
  });
});
