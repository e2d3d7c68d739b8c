/**
 * The Astro content loader for papers: thin glue between `readPapers` and the content layer.
 * Bad files are logged with their name and line and skipped; the build goes on with the rest.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { formatDiagnostic } from '../ingest/diagnostics';
import { FileResultCache, pipelineVersion } from './cache';
import { readPapers } from './read-papers';
import { summarizeDiagnostics } from './summary';

export interface PaperLoaderOptions {
  /** Absolute folder of summary files. */
  dir: string;
  /** Base path of the site, for root-relative links in content. */
  base: string;
}

export function paperLoader(options: PaperLoaderOptions): Loader {
  if (!options.dir) throw new Error('paperLoader: `dir` is required');
  return {
    name: 'papershelf-papers',
    load: async ({ store, logger, config, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const cacheDir = process.env.PAPERSHELF_NO_CACHE ? undefined : join(fileURLToPath(config.cacheDir), 'papershelf');
      const cache = new FileResultCache(cacheDir, await pipelineVersion(root));
      let lastReport = 0;
      const result = await readPapers({
        dir: options.dir,
        base: options.base,
        cache,
        onProgress: (done, total) => {
          if (done - lastReport >= 1000 || (done === total && total >= 1000)) {
            lastReport = done;
            logger.info(`read ${done}/${total} files`);
          }
        },
      });

      const kept = new Set<string>();
      for (const paper of result.papers) {
        const data = await parseData({ id: paper.id, data: paper });
        const { html } = data;
        store.set({
          id: paper.id,
          data,
          digest: generateDigest(data),
          // The sections as one document, for `render(entry)`; the page also reads each part from `data.html`.
          rendered: { html: [html.method, html.experiments, html.applications, html.body].filter(Boolean).join('\n') },
          filePath: relative(root, join(options.dir, paper.source.path)).split('\\').join('/'),
        });
        kept.add(paper.id);
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      for (const d of result.diagnostics) {
        if (d.severity === 'error') logger.error(formatDiagnostic(d));
        else if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
      }
      logger.info(summarizeDiagnostics(result));
    },
  };
}
