/**
 * Every file the build keeps beside Astro's data store, under the cache folder it is given (Astro's
 * `cacheDir`), named here and nowhere else:
 * - `papershelf/<key>.v8`: each summary file's read and rendered result (cache.ts keys and prunes it);
 * - `papershelf-bodies/<id>.json`: each paper's long text (both abstracts, as Markdown and HTML, every
 *   section's HTML), read only by the paper's own page. Keeping it out of the collection keeps Astro's data store, which is bundled
 *   and held in memory for every page, to what listings need (see entry-schema.ts);
 * - `papershelf-bibtex.json`: every paper's BibTeX, handed to the integration that writes the .bib files;
 * - `papershelf-papers.v8`: what the search index and related papers read of every paper, abstracts
 *   included (papers-handoff.ts), handed to the integration that builds the index as soon as the papers
 *   are loaded (src/integrations/search-index-files.ts) and to the related papers' worker
 *   (src/lib/related-job.ts); in V8's serialization (node:v8): it is read twice a build, and its 28 MB
 *   of mostly Chinese text at 14,000 papers decodes and parses several times slower as JSON;
 * - `papershelf-paths/<name>.json`: results of expensive work from the last build, with the key they were
 *   made under, so the work runs only on a change: related papers (src/lib/path-memo.ts) and the search
 *   index's list of files (`search-index.json`, src/integrations/search-index-files.ts), and the hash
 *   of each .bib file's text (`bibtex-files.json`, src/integrations/bibtex-files.ts), and the key of the
 *   two hand-offs (`loader-handoffs.json`: the papers' ids and digests and their BibTeX), which are
 *   not written again when it is unchanged;
 * - `papershelf-terms/<kind>.v8`: each paper's terms for the search index (or related papers), by
 *   the paper's digest (src/lib/paper-memo.ts), so a build cuts only new and changed papers into terms;
 * - `papershelf-output.json`: every file the last build put in the output folder (src/integrations/
 *   output-list.ts writes it), so the next one removes what it no longer has without walking 100,000
 *   files (scripts/lib/stale-output.ts).
 * The loader writes them; src/lib and src/integrations read them through this module, so imports run
 * one way (loader → lib, loader → integrations).
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PaperBody } from './entry-schema.ts';
import type { SearchablePaper } from './papers-handoff.ts';
import { paperIdSlug } from '../shared/paper-id.ts';

/** A paper's body file: its id's slug, which is a safe path segment (src/shared/path-segment.ts). */
const bodyName = (id: string) => `${paperIdSlug(id)}.json`;

/** One paper's .bib file, by the paper's id. */
export interface BibtexFile {
  id: string;
  text: string;
}

/** The files a build left in its output folder (SideFiles.readOutputList). */
export interface OutputList {
  outDir: string;
  /** Relative to `outDir`. */
  files: string[];
  /** When the list was written (ms, the file system's clock). */
  writtenAt: number;
}

const IN_FLIGHT = 32;

/** Writes many small files with a few writes in flight: the disk stays busy without thousands of open files. */
export async function writeFiles(files: readonly (readonly [path: string, content: string])[]): Promise<void> {
  for (let i = 0; i < files.length; i += IN_FLIGHT) {
    await Promise.all(files.slice(i, i + IN_FLIGHT).map(([path, content]) => writeFile(path, content)));
  }
}

export class SideFiles {
  /** Per-file results of reading (see cache.ts). */
  readonly resultsDir: string;
  /** One JSON file per paper with its long HTML. */
  readonly bodiesDir: string;
  /** The BibTeX hand-off. */
  readonly bibtexHandoff: string;
  /** What the search index and related papers read of every paper. */
  readonly papersHandoff: string;
  /** Results remembered between builds, one JSON file per kind of work. */
  readonly pathsDir: string;
  /** Per-paper terms, one file per kind of work (lib/paper-memo.ts). */
  readonly termsDir: string;
  /** The files of the last build's output. */
  readonly outputList: string;

  /** `cacheDir`: Astro's cache folder (absolute), kept between builds. */
  constructor(cacheDir: string) {
    this.resultsDir = join(cacheDir, 'papershelf');
    this.bodiesDir = join(cacheDir, 'papershelf-bodies');
    this.bibtexHandoff = join(cacheDir, 'papershelf-bibtex.json');
    this.papersHandoff = join(cacheDir, 'papershelf-papers.v8');
    this.pathsDir = join(cacheDir, 'papershelf-paths');
    this.termsDir = join(cacheDir, 'papershelf-terms');
    this.outputList = join(cacheDir, 'papershelf-output.json');
  }

  /** Records the files (relative paths, sorted) a build put in the output folder `outDir`. */
  async writeOutputList(outDir: string, files: readonly string[]): Promise<void> {
    await mkdir(dirname(this.outputList), { recursive: true });
    await writeFile(this.outputList, JSON.stringify({ outDir, files }));
  }

  /** The last build's output files, with the folder they are in; none when there is no usable list. */
  readOutputList(): OutputList | undefined {
    try {
      const { outDir, files } = JSON.parse(readFileSync(this.outputList, 'utf8')) as { outDir?: unknown; files?: unknown };
      if (typeof outDir !== 'string' || !Array.isArray(files) || !files.every((file) => typeof file === 'string')) return undefined;
      return { outDir, files: files as string[], writtenAt: statSync(this.outputList).mtimeMs };
    } catch {
      return undefined;
    }
  }

  /** Forgets the list: the output may hold files of a build that stopped half-way. */
  forgetOutputList(): void {
    rmSync(this.outputList, { force: true });
  }

  /** Where the result of the work `name` is remembered between builds, with the key it was made under. */
  rememberedFile(name: string): string {
    return join(this.pathsDir, `${name}.json`);
  }

  /** The last build's result of the work `name` and its key; none when there is none or it cannot be read. */
  async readRemembered(name: string): Promise<{ key: string; value: unknown } | undefined> {
    try {
      const { key, value } = JSON.parse(await readFile(this.rememberedFile(name), 'utf8')) as { key?: unknown; value?: unknown };
      return typeof key === 'string' ? { key, value } : undefined;
    } catch {
      return undefined;
    }
  }

  async writeRemembered(name: string, key: string, value: unknown): Promise<void> {
    await mkdir(this.pathsDir, { recursive: true });
    await writeFile(this.rememberedFile(name), JSON.stringify({ key, value }));
  }

  /** Forgets the result of `name`, so a build stopped while replacing it keeps none. */
  async forgetRemembered(name: string): Promise<void> {
    await rm(this.rememberedFile(name), { force: true });
  }

  #bodyFile(id: string): string {
    return join(this.bodiesDir, bodyName(id));
  }

  hasBody(id: string): boolean {
    return existsSync(this.#bodyFile(id));
  }

  async writeBodies(bodies: readonly { id: string; body: PaperBody }[]): Promise<void> {
    await mkdir(this.bodiesDir, { recursive: true });
    await writeFiles(bodies.map(({ id, body }) => [this.#bodyFile(id), JSON.stringify(body)] as const));
  }

  async readBody(id: string): Promise<PaperBody> {
    try {
      return JSON.parse(await readFile(this.#bodyFile(id), 'utf8')) as PaperBody;
    } catch (error) {
      throw new Error(`The text of paper ${id} is missing from ${this.bodiesDir}. Build again: the paper loader writes it.`, {
        cause: error,
      });
    }
  }

  /** Deletes the bodies of papers that are no longer in the collection. */
  async pruneBodies(ids: ReadonlySet<string>): Promise<void> {
    const keep = new Set([...ids].map(bodyName));
    const names = await readdir(this.bodiesDir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => !keep.has(name)).map((name) => unlink(join(this.bodiesDir, name)).catch(() => undefined)));
  }

  async writeBibtex(files: readonly BibtexFile[]): Promise<void> {
    await mkdir(dirname(this.bibtexHandoff), { recursive: true });
    await writeFile(this.bibtexHandoff, JSON.stringify(files));
  }

  /** The hand-off the loader wrote; throws when there is none (a build whose loader did not run). */
  async readBibtex(): Promise<BibtexFile[]> {
    return JSON.parse(await readFile(this.bibtexHandoff, 'utf8')) as BibtexFile[];
  }

  async writePapersHandoff(papers: readonly SearchablePaper[]): Promise<void> {
    await mkdir(dirname(this.papersHandoff), { recursive: true });
    await writeFile(this.papersHandoff, serialize(papers));
  }

  /** The papers hand-off the loader wrote; throws when there is none (a build whose loader did not run). */
  async readPapersHandoff(): Promise<SearchablePaper[]> {
    return deserialize(await readFile(this.papersHandoff)) as SearchablePaper[];
  }
}
