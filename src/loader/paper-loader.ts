/**
 * The Astro content loader for papers: thin glue between `readPapers` and the content layer.
 * Bad files are logged with their name and line and skipped; the build goes on with the rest.
 * Under `astro dev` it watches PAPERS_DIR and re-syncs when a summary file changes (watch.ts).
 */
import type { Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { formatDiagnostic } from '../ingest/diagnostics.ts';
import { paperBibtex } from '../shared/bibtex.ts';
import { FileResultCache, pipelineVersion } from './cache.ts';
import { splitPaper, type PaperBody } from './entry-schema.ts';
import { searchableOf, type SearchablePaper } from './papers-handoff.ts';
import { SideFiles } from './side-files.ts';
import { readPapers } from './read-papers.ts';
import { defaultThreads } from './read-pool.ts';
import { summarizeDiagnostics } from './summary.ts';
import { watchSummaryFiles } from './watch.ts';

/** The name the hand-offs' key is remembered under (side-files.ts: readRemembered). */
const HANDOFFS = 'loader-handoffs';

export interface PaperLoaderOptions {
  /** Absolute folder of summary files. */
  dir: string;
  /** Base path of the site, for root-relative links in content. */
  base: string;
  /** Origin of the deployed site, for the address in each paper's BibTeX; absent when unknown. */
  siteUrl: string | undefined;
}

export function paperLoader(options: PaperLoaderOptions): Loader {
  if (!options.dir) throw new Error('paperLoader: `dir` is required');
  return {
    name: 'papershelf-papers',
    load: async ({ store, logger, config, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const sideFiles = new SideFiles(fileURLToPath(config.cacheDir));
      const pipeline = await pipelineVersion(root);
      const cache = new FileResultCache(process.env.PAPERSHELF_NO_CACHE ? undefined : sideFiles.resultsDir, pipeline);

      const sync = async (): Promise<void> => {
        let lastReport = 0;
        const result = await readPapers({
          dir: options.dir,
          base: options.base,
          cache,
          threads: defaultThreads(),
          onPoolFallback: (reason) => logger.warn(`worker threads could not start (${reason}); reading in one thread`),
          onProgress: (done, total) => {
            if (done - lastReport >= 1000 || (done === total && total >= 1000)) {
              lastReport = done;
              logger.info(`read ${done}/${total} files`);
            }
          },
        });

        const kept = new Set<string>();
        const bodies: { id: string; body: PaperBody }[] = [];
        const searchable: SearchablePaper[] = [];
        const handoffs = createHash('sha256');
        for (const paper of result.papers) {
          kept.add(paper.id);
          // Unchanged papers keep their validated entry from the last build: no second validation.
          // The source file's cache key covers its bytes and the pipeline's code; merged papers are hashed
          // whole, with the pipeline's version, which also decides how a paper is split into entry and body.
          const digest = result.sourceKeys.get(paper) ?? generateDigest({ pipeline, paper });
          searchable.push(searchableOf({ data: paper, digest }));
          handoffs.update(`${paper.id}\0${digest}\0`);
          if (store.get(paper.id)?.digest === digest && sideFiles.hasBody(paper.id)) continue;
          const { entry, body } = splitPaper(paper);
          bodies.push({ id: paper.id, body });
          const filePath = join(options.dir, paper.source.path);
          store.set({
            id: paper.id,
            // With the file's path, a schema error names the file.
            data: await parseData({ id: paper.id, data: entry, filePath }),
            digest,
            filePath: relative(root, filePath).split('\\').join('/'),
          });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
        await sideFiles.writeBodies(bodies);
        await sideFiles.pruneBodies(kept);
        // The hand-offs say what every paper is (its digest) and its BibTeX: when neither changed
        // since the last build they are as they were (28 MB at 14,000 papers, 0.7 s to write).
        // BibTeX is made by shared code the digests do not cover (src/shared/bibtex.ts): its text is in the key.
        const site = { origin: options.siteUrl, base: options.base };
        const bibtex = result.papers.map((paper) => ({ id: paper.id, text: paperBibtex(paper, site) }));
        for (const { text } of bibtex) handoffs.update(`${text}\0`);
        const handoffsKey = handoffs.digest('base64url');
        const lastKey = (await sideFiles.readRemembered(HANDOFFS))?.key;
        if (lastKey !== handoffsKey || !existsSync(sideFiles.bibtexHandoff) || !existsSync(sideFiles.papersHandoff)) {
          await sideFiles.forgetRemembered(HANDOFFS);
          await sideFiles.writeBibtex(bibtex);
          // What the search index and related papers read of every paper, abstracts included (the
          // collection leaves them out): both are computed from this on worker threads beside the pages
          // (src/integrations/search-index-files.ts, lib/site-related.ts).
          await sideFiles.writePapersHandoff(searchable);
          await sideFiles.writeRemembered(HANDOFFS, handoffsKey, null);
        }

        for (const d of result.diagnostics) {
          if (d.severity === 'error') logger.error(formatDiagnostic(d));
          else if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
        }
        logger.info(summarizeDiagnostics(result));
      };

      await sync();
      if (watcher) {
        watchSummaryFiles(
          watcher,
          options.dir,
          async (changed) => {
            await sync();
            logger.info(`reloaded after changes to ${changed.join(', ')}`);
          },
          (error) => logger.error(`could not reload the papers: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    },
  };
}
