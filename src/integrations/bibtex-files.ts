/**
 * Writes one BibTeX file per paper, /papers/<id slug>.bib, after the build. The paper loader leaves the
 * entries in a hand-off file beside Astro's store (loader/side-files.ts); writing 14,000 small
 * files here costs a second, where 14,000 Astro endpoints cost ten. A build over the last output
 * (scripts/build.ts) writes only the files whose text changed since the last build, or that are
 * missing; the hash of each file's text is remembered in the cache folder. In `astro dev` the
 * endpoint src/pages/papers/[id].bib.ts serves the same text.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SideFiles, writeFiles, type BibtexFile } from '../loader/side-files.ts';
import { isPaperId, paperIdSlug } from '../shared/paper-id.ts';
import { pathSegment } from '../shared/path-segment.ts';
import type { WritesOutput } from './output-list.ts';

/** The name the written files' hashes are remembered under (loader/side-files.ts: readRemembered). */
const REMEMBERED = 'bibtex-files';

/** File name → hash of the text last written there. */
export type WrittenBibtex = Record<string, string>;

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

const isWritten = (value: unknown): value is WrittenBibtex =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((hash) => typeof hash === 'string');

export interface BibtexOutcome {
  /** Every paper's file, relative to the output folder ('papers/<slug>.bib'). */
  files: string[];
  written: number;
  /** What is in each file now, for the next build. */
  hashes: WrittenBibtex;
}

/**
 * A paper's .bib file is named by its id's slug, a safe path segment already (paperIdSlug goes
 * through src/shared/path-segment.ts, and src/loader/path-check.ts warned about any it changed);
 * a name that is not one would be a file that is not beside its page, so it is left out rather
 * than written somewhere else. A file whose text has the hash `last` gives for it and which is
 * still there is left as it is.
 */
export async function writeBibtexFiles(outDir: string, files: readonly BibtexFile[], last: WrittenBibtex = {}): Promise<BibtexOutcome> {
  const dir = join(outDir, 'papers');
  await mkdir(dir, { recursive: true });
  const hashes: WrittenBibtex = {};
  const toWrite: [string, string][] = [];
  for (const file of files) {
    if (!isPaperId(file.id)) continue;
    const name = paperIdSlug(file.id);
    if (pathSegment(name) !== name) continue;
    const path = join(dir, `${name}.bib`);
    const hash = hashOf(file.text);
    hashes[`${name}.bib`] = hash;
    if (last[`${name}.bib`] !== hash || !existsSync(path)) toWrite.push([path, file.text]);
  }
  await writeFiles(toWrite);
  return { files: Object.keys(hashes).map((name) => `papers/${name}`), written: toWrite.length, hashes };
}

export interface BibtexFilesOptions {
  /** The build writes over the last output (scripts/build.ts): the last build's files may still be there. */
  outputKept: boolean;
}

export function bibtexFiles({ outputKept }: BibtexFilesOptions): AstroIntegration & WritesOutput {
  let sideFiles: SideFiles | undefined;
  let produced: readonly string[] = [];
  return {
    name: 'papershelf-bibtex-files',
    producedFiles: () => produced,
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
        const remembered = outputKept ? await sideFiles!.readRemembered(REMEMBERED) : undefined;
        const last = remembered && isWritten(remembered.value) ? remembered.value : {};
        // Until the files and their record are both written, no record: a build stopped half-way trusts nothing.
        await sideFiles!.forgetRemembered(REMEMBERED);
        const outcome = await writeBibtexFiles(fileURLToPath(dir), files, last);
        await sideFiles!.writeRemembered(REMEMBERED, 'v1', outcome.hashes);
        produced = outcome.files;
        logger.info(
          `${outcome.files.length} BibTeX files, ${outcome.written} written, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}
