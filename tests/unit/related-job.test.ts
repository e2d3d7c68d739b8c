/**
 * Related papers as a build computes them: from the loader's hand-off of every paper (the collection
 * holds no abstracts), with each paper's terms kept between builds under its digest.
 */
import { describe, expect, it } from 'vitest';
import { SideFiles } from '@/loader/side-files';
import type { SearchablePaper } from '@/loader/papers-handoff';
import { relatedKey, runRelatedJob, type RelatedJob, type RelatedOutcome } from '@/lib/related-job';
import { relatedPapers } from '@/lib/related';
import { HANDED_OVER_ARCHIVE } from '../fixtures/related/papers';
import { tempFolders } from '../temp-folders';

const folder = tempFolders('related-job-');

const papers: SearchablePaper[] = HANDED_OVER_ARCHIVE;

async function computed(job: RelatedJob) {
  const outcome: RelatedOutcome = await runRelatedJob(job);
  if (outcome.kept) throw new Error('expected related papers, not a kept result');
  return outcome;
}

const ids = (related: ReadonlyMap<string, readonly { id: string }[]>) =>
  new Map([...related].map(([id, list]) => [id, list.map((r) => r.id)]));

describe('the related papers job', () => {
  it('relates the papers of the hand-off as it relates the papers themselves, abstracts included', async () => {
    const cacheDir = folder();
    await new SideFiles(cacheDir).writePapersHandoff(papers);
    const { result, reused } = await computed({ cacheDir, version: 'v1' });
    expect(reused).toBe(0);
    expect(result.stats.papers).toBe(papers.length);
    expect(ids(result.related)).toEqual(ids(relatedPapers(papers).related));
    // Without the abstracts the similarity differs: the hand-off carries them.
    const withoutAbstracts = relatedPapers(papers.map((paper) => ({ ...paper, abstract: {} })));
    expect(ids(result.related)).not.toEqual(ids(withoutAbstracts.related));
  });

  it('cuts only changed papers into terms again, and none made by other code', async () => {
    const cacheDir = folder();
    const sideFiles = new SideFiles(cacheDir);
    await sideFiles.writePapersHandoff(papers);
    await runRelatedJob({ cacheDir, version: 'v1' });
    await sideFiles.writePapersHandoff(papers.map((paper, i) => (i === 2 ? { ...paper, digest: 'changed' } : paper)));
    expect((await computed({ cacheDir, version: 'v1' })).reused).toBe(papers.length - 1);
    expect((await computed({ cacheDir, version: 'v2' })).reused).toBe(0);
  });

  it('computes nothing when the papers and the code are those of the last key', async () => {
    const cacheDir = folder();
    const sideFiles = new SideFiles(cacheDir);
    await sideFiles.writePapersHandoff(papers);
    const first = await computed({ cacheDir, version: 'v1' });
    expect(await runRelatedJob({ cacheDir, version: 'v1', lastKey: first.key })).toEqual({ key: first.key, kept: true });
    expect((await runRelatedJob({ cacheDir, version: 'v2', lastKey: first.key })).kept).toBe(false);
    await sideFiles.writePapersHandoff(papers.map((paper, i) => (i === 0 ? { ...paper, digest: 'edited' } : paper)));
    expect((await runRelatedJob({ cacheDir, version: 'v1', lastKey: first.key })).kept).toBe(false);
  });

  it('keys the papers by id and digest in the order they are related in, whatever order they come in', () => {
    const key = relatedKey('v1', papers);
    expect(relatedKey('v1', [...papers].reverse())).toBe(key);
    expect(relatedKey('v2', papers)).not.toBe(key);
    expect(relatedKey('v1', papers.slice(1))).not.toBe(key);
    expect(
      relatedKey(
        'v1',
        papers.map((paper, i) => (i === 4 ? { ...paper, digest: 'edited' } : paper)),
      ),
    ).not.toBe(key);
  });

  it('names the hand-off and what to do when the loader left none', async () => {
    await expect(runRelatedJob({ cacheDir: folder(), version: 'v1' })).rejects.toThrow(/papershelf-papers\.v8.*build again/);
  });
});
