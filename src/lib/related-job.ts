/**
 * The site's related papers as a job for a worker thread (related-worker.ts) or, where none starts,
 * for the thread that asks. The papers come from the paper loader's hand-off (loader/side-files.ts),
 * which holds their abstracts; each paper's weighted terms are remembered between builds under its
 * digest (lib/paper-memo.ts). A build starts the job as soon as it starts, beside the bundling
 * (src/integrations/related-papers.ts), and shares it with the paper pages (lib/site-related.ts), which
 * run it themselves where none was started (`astro dev`). Loaded by Node itself on the worker, so it and
 * what it imports name their files with extensions.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { PaperDigest } from '../loader/entry-schema.ts';
import type { SearchablePaper } from '../loader/papers-handoff.ts';
import { SideFiles } from '../loader/side-files.ts';
import { PaperMemo } from './paper-memo.ts';
import { isWeightedTerms, newestFirst, relatedPapers, weightedTerms, type RelatablePaper, type RelatedResult } from './related.ts';
import { sourceVersion } from './source-version.ts';

/** The name the paper pages remember their related cards under (lib/site-related.ts, lib/path-memo.ts). */
export const RELATED_CARDS = 'related-cards';

export interface RelatedJob {
  /** Astro's cache folder: the loader's hand-off is there, and each paper's terms are kept there (termsDir). */
  cacheDir: string;
  /** The version of the code (relatedVersion()): terms cut by other code are not reused. */
  version: string;
  /** The key of the last build's related papers: when this build's is the same, nothing is computed. */
  lastKey?: string | undefined;
}

export type RelatedOutcome = { key: string } & (
  | { kept: true }
  | {
      kept: false;
      result: RelatedResult;
      /** Papers whose terms came from the last build. */
      reused: number;
    }
);

/** The version of the code that relates papers and shows them (run from the project root). */
export function relatedVersion(): Promise<string> {
  return sourceVersion(['src/lib', 'src/shared']);
}

/** What related papers depend on: the code and every paper by id and content, in the order they are related in. */
export function relatedKey(
  version: string,
  papers: readonly { id: string; published?: string | undefined; digest?: PaperDigest | undefined }[],
): string {
  const entries = [...papers].sort(newestFirst).map(({ id, digest }) => [id, digest ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([version, entries]))
    .digest('base64url')
    .slice(0, 22);
}

/** What the similarity reads of a paper. */
function relatable({
  id,
  title,
  paperTitle,
  published,
  categories,
  keywords,
  domains,
  takeaway,
  abstract,
  digest,
}: SearchablePaper): RelatablePaper {
  return { id, title, paperTitle, published, categories, keywords, domains, takeaway, abstract, digest };
}

export async function runRelatedJob({ cacheDir, version, lastKey }: RelatedJob): Promise<RelatedOutcome> {
  const sideFiles = new SideFiles(cacheDir);
  let papers: RelatablePaper[];
  try {
    papers = (await sideFiles.readPapersHandoff()).map(relatable);
  } catch (error) {
    throw new Error(`Related papers could not read the papers from ${sideFiles.papersHandoff} (the paper loader writes it): build again.`, {
      cause: error,
    });
  }
  const key = relatedKey(version, papers);
  if (key === lastKey) return { key, kept: true };
  const memo = new PaperMemo({ file: join(sideFiles.termsDir, 'related.v8'), version }, isWeightedTerms);
  const result = relatedPapers(papers, { termsOf: (paper) => memo.get(paper.digest, () => weightedTerms(paper)) });
  memo.save();
  return { key, kept: false, result, reused: memo.reused };
}

const STARTED = Symbol.for('papershelf.related-papers');

/**
 * Hands the job a build started to the paper pages. The integration and the pages' bundle each have
 * their own copy of this module, in one process: the job is shared through a global symbol.
 */
export function shareStartedJob(outcome: Promise<RelatedOutcome>): void {
  (globalThis as Record<symbol, unknown>)[STARTED] = outcome;
}

/** The job this build started, if one was. */
export function startedJob(): Promise<RelatedOutcome> | undefined {
  return (globalThis as Record<symbol, Promise<RelatedOutcome> | undefined>)[STARTED];
}
