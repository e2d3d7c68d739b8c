/**
 * Writes one BibTeX file per paper, /papers/<id slug>.bib, after the build. The paper loader leaves the
 * entries in a hand-off file beside Astro's store (loader/side-files.ts); writing 14,000 small
 * files here costs a second, where 14,000 Astro endpoints cost ten. In `astro dev` the endpoint
 * src/pages/papers/[id].bib.ts serves the same text.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SideFiles, writeFiles, type BibtexFile } from '../loader/side-files.ts';
import { isPaperId, paperIdSlug } from '../shared/paper-id.ts';
import { pathSegment } from '../shared/path-segment.ts';

/**
 * A paper's .bib file is named by its id's slug, a safe path segment already (paperIdSlug goes
 * through src/shared/path-segment.ts, and src/loader/path-check.ts warned about any it changed);
 * a name that is not one would be a file that is not beside its page, so it is left out rather
 * than written somewhere else.
 */
export async function writeBibtexFiles(outDir: string, files: readonly BibtexFile[]): Promise<number> {
  const dir = join(outDir, 'papers');
  await mkdir(dir, { recursive: true });
  const safe = files
    .filter((file) => isPaperId(file.id))
    .map((file) => ({ ...file, name: paperIdSlug(file.id) }))
    .filter(({ name }) => pathSegment(name) === name);
  await writeFiles(safe.map((file) => [join(dir, `${file.name}.bib`), file.text] as const));
  return safe.length;
}

export function bibtexFiles(): AstroIntegration {
  let sideFiles: SideFiles | undefined;
  return {
    name: 'papershelf-bibtex-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        sideFiles = new SideFiles(fileURLToPath(config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        let files: BibtexFile[];
        try {
          files = await sideFiles!.readBibtex();
        } catch (error) {
          logger.error(`no BibTeX files written: the paper loader's hand-off could not be read (${String(error)})`);
          return;
        }
        const started = performance.now();
        const written = await writeBibtexFiles(fileURLToPath(dir), files);
        logger.info(`${written} BibTeX files written in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
