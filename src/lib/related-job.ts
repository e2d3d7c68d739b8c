/**
 * The site's related papers as a job for a worker thread (related-worker.ts) or, where none starts,
 * for the thread that asks (lib/site-related.ts). The papers come from the paper loader's hand-off
 * (loader/side-files.ts), which holds their abstracts; each paper's weighted terms are remembered
 * between builds under its digest (lib/paper-memo.ts). Loaded by Node itself on the worker, so it
 * and what it imports name their files with extensions.
 */
import { join } from 'node:path';
import type { SearchablePaper } from '../loader/papers-handoff.ts';
import { SideFiles } from '../loader/side-files.ts';
import { PaperMemo } from './paper-memo.ts';
import { isWeightedTerms, relatedPapers, weightedTerms, type RelatablePaper, type RelatedResult } from './related.ts';

export interface RelatedJob {
  /** Astro's cache folder: the loader's hand-off is there, and each paper's terms are kept there (termsDir). */
  cacheDir: string;
  /** The version of the code that cuts the terms: terms cut by other code are not reused. */
  version: string;
}

export interface RelatedOutcome {
  result: RelatedResult;
  /** Papers whose terms came from the last build. */
  reused: number;
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

export async function runRelatedJob({ cacheDir, version }: RelatedJob): Promise<RelatedOutcome> {
  const sideFiles = new SideFiles(cacheDir);
  let papers: RelatablePaper[];
  try {
    papers = (await sideFiles.readPapersHandoff()).map(relatable);
  } catch (error) {
    throw new Error(`Related papers could not read the papers from ${sideFiles.papersHandoff} (the paper loader writes it): build again.`, {
      cause: error,
    });
  }
  const memo = new PaperMemo({ file: join(sideFiles.termsDir, 'related.json'), version }, isWeightedTerms);
  const result = relatedPapers(papers, { termsOf: (paper) => memo.get(paper.digest, () => weightedTerms(paper)) });
  memo.save();
  return { result, reused: memo.reused };
}
