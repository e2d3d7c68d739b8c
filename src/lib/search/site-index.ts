/**
 * The site's search index while developing (`astro dev`), for the /search/ endpoint: built once from
 * the paper loader's hand-off, on a worker thread (lib/on-worker.ts) when one starts. A build makes the
 * same files with the same job (index-job.ts) in src/integrations/search-index-files.ts, beside the
 * bundling and the pages rather than before them.
 */
import { siteConfig } from '../../site';
import { onWorker } from '../on-worker';
import type { SearchIndex } from './build-index';
import { runIndexJob, type IndexJob, type IndexOutcome } from './index-job';

let index: Promise<SearchIndex> | undefined;

/** The index, built once: on a worker when it can, else here. */
export function getSiteSearchIndex(): Promise<SearchIndex> {
  const job: IndexJob = { cacheDir: siteConfig.cacheDir };
  index ??= onWorker<IndexOutcome>('src/lib/search/index-worker.ts', job, () => runIndexJob(job)).then((outcome) => {
    // Without a `last` build to keep, the job always builds.
    if (outcome.kept) throw new Error('the search index job kept files it was not given');
    return outcome.index;
  });
  return index;
}
