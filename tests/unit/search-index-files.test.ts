/**
 * The search index as a build makes it: the job that builds it from the loader's hand-off, or keeps
 * the last build's files when nothing changed, and the writing of its files into the output.
 */
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFilesThere, writeSearchFiles } from '@/integrations/search-index-files';
import { SideFiles } from '@/loader/side-files';
import { buildSearchIndex, indexKey, type SearchablePaper } from '@/lib/search/build-index';
import { runIndexJob, type IndexOutcome } from '@/lib/search/index-job';
import { MANIFEST_FILE } from '@/shared/search/format';
import { HANDED_OVER_ARCHIVE } from '../fixtures/related/papers';
import { tempFolders } from '../temp-folders';

const folder = tempFolders('search-index-files-');

const papers: SearchablePaper[] = HANDED_OVER_ARCHIVE.slice(0, 12);

function built(outcome: IndexOutcome) {
  if (outcome.kept) throw new Error('expected an index, not kept files');
  return outcome;
}

describe('the search index job', () => {
  it('builds from the loader hand-off what it builds from the papers themselves', async () => {
    const cacheDir = folder();
    await new SideFiles(cacheDir).writePapersHandoff(papers);
    const fromHandoff = built(await runIndexJob({ cacheDir }));
    expect(fromHandoff.papers).toBe(papers.length);
    expect(fromHandoff.index.files).toEqual(buildSearchIndex(papers).files);
    expect(fromHandoff.key).toMatch(/^[\w-]{22}$/);
  });

  it('keeps the last files only under the same key with every file in place', async () => {
    const cacheDir = folder();
    const out = folder();
    await new SideFiles(cacheDir).writePapersHandoff(papers);
    const first = built(await runIndexJob({ cacheDir }));
    const files = [...first.index.files.keys()];
    await writeSearchFiles(out, first.index.files);
    const last = { key: first.key!, files, dir: out };

    expect(await runIndexJob({ cacheDir, last })).toMatchObject({ kept: true, key: first.key, papers: papers.length });
    // The terms of every paper were remembered: a second build cuts none.
    expect(built(await runIndexJob({ cacheDir }))).toMatchObject({ reused: papers.length });

    rmSync(join(out, files[1]!));
    expect((await runIndexJob({ cacheDir, last })).kept).toBe(false);

    writeFileSync(join(out, files[1]!), first.index.files.get(files[1]!)!);
    await new SideFiles(cacheDir).writePapersHandoff(papers.map((paper, i) => (i === 3 ? { ...paper, digest: 'changed' } : paper)));
    const edited = built(await runIndexJob({ cacheDir, last }));
    expect(edited.key).not.toBe(first.key);
    expect(edited.reused).toBe(papers.length - 1);
  });

  it('has no key when a paper has no digest, so nothing is ever kept for it', () => {
    expect(indexKey('v', papers)).toBe(indexKey('v', [...papers].reverse()));
    expect(indexKey('v', papers)).not.toBe(indexKey('w', papers));
    expect(indexKey('v', [...papers, { ...papers[0]!, id: '2501.99999', digest: undefined }])).toBeUndefined();
  });

  it('fails with the reason when the loader left no hand-off', async () => {
    await expect(runIndexJob({ cacheDir: folder() })).rejects.toThrow(/papershelf-papers\.v8/);
  });
});

describe('writing the index files', () => {
  const files = new Map([
    [MANIFEST_FILE, '{"version":3}'],
    ['t-abc-0.json', '{"terms":[]}'],
    ['r-def-0.json', '[1,2,3]'],
  ]);
  const old = new Date('2020-01-01T00:00:00Z');

  it('writes what is missing or has the wrong size and leaves the rest as it was', async () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 't-abc-0.json'), '{"terms":[]}');
    writeFileSync(join(dir, 'r-def-0.json'), '[1,2'); // cut short by a stopped build
    writeFileSync(join(dir, MANIFEST_FILE), '{"version":2}'); // same name, another index
    for (const name of files.keys()) utimesSync(join(dir, name), old, old);
    const before = Date.now() - 1000;

    expect(await writeSearchFiles(dir, files)).toEqual({ written: 2, kept: 1 });
    for (const [name, content] of files) {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(content);
      // The file kept is not touched: the output list names it as this build's.
      if (name === 't-abc-0.json') expect(statSync(join(dir, name)).mtimeMs).toBe(old.getTime());
      else expect(statSync(join(dir, name)).mtimeMs).toBeGreaterThan(before);
    }
  });

  it('says when a file to keep is gone', async () => {
    const dir = folder();
    await writeSearchFiles(dir, files);
    expect(await searchFilesThere(dir, [...files.keys()])).toBe(true);
    rmSync(join(dir, 't-abc-0.json'));
    expect(await searchFilesThere(dir, [...files.keys()])).toBe(false);
  });
});
