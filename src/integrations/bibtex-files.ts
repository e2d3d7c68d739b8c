/**
 * Writes one BibTeX file per paper, /papers/<id>.bib, after the build. The paper loader leaves the
 * entries in a hand-off file in Astro's cache folder (`writeBibtexHandoff`); writing 14,000 small
 * files here costs a second, where 14,000 Astro endpoints cost ten. In `astro dev` the endpoint
 * src/pages/papers/[id].bib.ts serves the same text.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFiles } from '../loader/write-files.ts';
import { pathSegment } from '../shared/path-segment.ts';

/** One paper's .bib file, by the paper's id. */
export interface BibtexFile {
  id: string;
  text: string;
}

const HANDOFF_NAME = 'papershelf-bibtex.json';

export function bibtexHandoffPath(cacheDir: string): string {
  return join(cacheDir, HANDOFF_NAME);
}

export async function writeBibtexHandoff(cacheDir: string, files: readonly BibtexFile[]): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(bibtexHandoffPath(cacheDir), JSON.stringify(files));
}

/**
 * Ids arrive as path segments already (src/loader/path-check.ts); an id that is not one would name
 * a file that is not beside its page, so it is left out rather than written somewhere else.
 */
export async function writeBibtexFiles(outDir: string, files: readonly BibtexFile[]): Promise<number> {
  const dir = join(outDir, 'papers');
  await mkdir(dir, { recursive: true });
  const safe = files.filter((file) => pathSegment(file.id) === file.id);
  await writeFiles(safe.map((file) => [join(dir, `${file.id}.bib`), file.text] as const));
  return safe.length;
}

export function bibtexFiles(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'papershelf-bibtex-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        let files: BibtexFile[];
        try {
          files = JSON.parse(await readFile(bibtexHandoffPath(cacheDir), 'utf8')) as BibtexFile[];
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
