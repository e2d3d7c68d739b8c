/**
 * Starts the related papers job (lib/related-job.ts) on a worker thread as soon as Astro's build starts,
 * right after the papers are loaded, so it runs beside the bundling instead of holding up the paper
 * pages: they need every paper's related list before the first of them is written. The pages take the
 * job's result (lib/site-related.ts); when no paper and no code changed since the last build, the job
 * only says so and the pages read the last build's lists.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SideFiles } from '../loader/side-files.ts';
import { onWorker } from '../lib/on-worker.ts';
import { RELATED_CARDS, relatedVersion, runRelatedJob, shareStartedJob, type RelatedJob, type RelatedOutcome } from '../lib/related-job.ts';

export function relatedPapers(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'papershelf-related-papers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        const job: RelatedJob = {
          cacheDir,
          version: await relatedVersion(),
          lastKey: (await new SideFiles(cacheDir).readRemembered(RELATED_CARDS))?.key,
        };
        const outcome = onWorker<RelatedOutcome>('src/lib/related-worker.ts', job, () => runRelatedJob(job));
        // Awaited, and its failure reported, by the paper pages.
        outcome.catch(() => undefined);
        shareStartedJob(outcome);
      },
    },
  };
}
