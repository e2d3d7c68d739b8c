/**
 * One build's search index, as a job for a worker thread (index-worker.ts) or, where none starts, for
 * the thread that asks. The papers come with the job (`astro dev`) or from the paper loader's hand-off
 * (a build, src/integrations/search-index-files.ts). Each paper's terms are remembered between builds
 * under its digest (lib/paper-memo.ts), so only new and changed papers are cut into terms again; and
 * when no paper and no search code changed and the last build's files are still in place, nothing is
 * built at all. Loaded by Node itself on the worker, so it and what it imports name their files with extensions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SideFiles } from '../../loader/side-files.ts';
import { PaperMemo } from '../paper-memo.ts';
import { sourceVersion } from '../source-version.ts';
import { buildSearchIndex, indexKey, isPaperTerms, searchTerms, type SearchIndex, type SearchablePaper } from './build-index.ts';

export interface IndexJob {
  /** Astro's cache folder: each paper's terms are kept there between builds (loader/side-files.ts: termsDir). */
  cacheDir: string;
  /** The papers; without them, the loader's papers hand-off in the cache folder holds them. */
  papers?: SearchablePaper[] | undefined;
  /**
   * The last build's files, made under `key`, and the folder they were written to: when the key is
   * unchanged and every file is still there, they are kept and no index is built.
   */
  last?: { key: string; files: readonly string[]; dir: string } | undefined;
}

export type IndexOutcome = {
  key: string | undefined;
  papers: number;
  /** Milliseconds the job took, reading the papers included. */
  milliseconds: number;
} & (
  | { kept: true }
  | {
      kept: false;
      index: SearchIndex;
      /** Papers whose terms came from the last build. */
      reused: number;
    }
);

/** The version of the code that cuts papers into terms and builds the index from them (run from the project root). */
export function searchVersion(): Promise<string> {
  return sourceVersion(['src/lib/search', 'src/lib/paper-memo.ts', 'src/lib/source-version.ts', 'src/shared']);
}

export async function runIndexJob({ cacheDir, papers: given, last }: IndexJob): Promise<IndexOutcome> {
  const started = performance.now();
  const sideFiles = new SideFiles(cacheDir);
  const [papers, version] = await Promise.all([given ?? sideFiles.readPapersHandoff(), searchVersion()]);
  const key = indexKey(version, papers);
  const took = () => performance.now() - started;
  if (key !== undefined && last?.key === key && last.files.every((file) => existsSync(join(last.dir, file)))) {
    return { key, papers: papers.length, kept: true, milliseconds: took() };
  }
  const memo = new PaperMemo({ file: join(sideFiles.termsDir, 'search.v8'), version }, isPaperTerms);
  const index = buildSearchIndex(papers, { termsOf: (paper) => memo.get(paper.digest, () => searchTerms(paper)) });
  memo.save();
  return { key, papers: papers.length, kept: false, index, reused: memo.reused, milliseconds: took() };
}
