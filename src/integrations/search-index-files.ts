/**
 * Builds the search index beside the build and writes its files into /search/ when the pages are done.
 * The paper loader hands over what the index reads of every paper (loader/side-files.ts); the index
 * job (lib/search/index-job.ts) starts on a worker thread as soon as Astro's build starts, right after
 * the papers are loaded, and runs while Astro bundles and writes pages. As Astro routes, the index's
 * 3,000 files held up every page: Astro collects every route's paths before it writes the first page,
 * and the files' names come from their contents. In `astro dev` the endpoint src/pages/search/[file].ts
 * serves the same files.
 *
 * A file's name holds the hash of its contents, so a file already in the output under its name is
 * left there as it is (the output list, integrations/output-list.ts, names it as this build's); when
 * no paper and no search code changed, the index is not built at all and the last build's files stay.
 */
import { access, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SideFiles, writeFiles } from '../loader/side-files.ts';
import { onWorker } from '../lib/on-worker.ts';
import { runIndexJob, type IndexJob, type IndexOutcome } from '../lib/search/index-job.ts';
import { MANIFEST_FILE } from '../shared/search/format.ts';
import type { WritesOutput } from './output-list.ts';

const IN_FLIGHT = 64;

/** The last build's index: the key it was made under and its files. */
interface IndexRecord {
  key: string;
  files: string[];
}

/** The name the index's files are remembered under (loader/side-files.ts: readRemembered). */
const REMEMBERED = 'search-index';

const isNameList = (value: unknown): value is string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

/** Runs `work` over `items` with a few in flight. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += IN_FLIGHT) results.push(...(await Promise.all(items.slice(i, i + IN_FLIGHT).map(work))));
  return results;
}

/** Whether every one of the files `names` is in `dir`. */
export async function searchFilesThere(dir: string, names: readonly string[]): Promise<boolean> {
  const found = await inBatches(names, (name) =>
    access(join(dir, name)).then(
      () => true,
      () => false,
    ),
  );
  return found.every(Boolean);
}

/**
 * Writes the index's files into `dir`: a file already there under its name and with its size is kept
 * (its name is the hash of its contents), the manifest, whose name is fixed, is always written.
 */
export async function writeSearchFiles(dir: string, files: ReadonlyMap<string, string>): Promise<{ written: number; kept: number }> {
  await mkdir(dir, { recursive: true });
  const entries = [...files];
  const inPlace = await inBatches(entries, async ([name, content]) => {
    if (name === MANIFEST_FILE) return false;
    const size = await stat(join(dir, name)).then(
      (stats) => stats.size,
      () => -1,
    );
    return size === Buffer.byteLength(content);
  });
  const toWrite = entries.filter((_, i) => !inPlace[i]);
  const kept = entries.filter((_, i) => inPlace[i]).map(([name]) => name);
  await writeFiles(toWrite.map(([name, content]) => [join(dir, name), content] as const));
  return { written: toWrite.length, kept: kept.length };
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);

export interface SearchIndexFilesOptions {
  /**
   * The build writes over the last output (scripts/build.ts): the last build's files may still be
   * in place. Otherwise Astro empties the output folder, and the index is always built.
   */
  outputKept: boolean;
}

export function searchIndexFiles({ outputKept }: SearchIndexFilesOptions): AstroIntegration & WritesOutput {
  let cacheDir = '';
  let produced: readonly string[] = [];
  let outDir = '';
  let job: Promise<IndexOutcome> | undefined;
  let last: IndexRecord | undefined;
  const run = (input: IndexJob) => onWorker<IndexOutcome>('src/lib/search/index-worker.ts', input, () => runIndexJob(input));
  const sideFiles = () => new SideFiles(cacheDir);

  const report = (logger: AstroIntegrationLogger, outcome: IndexOutcome, written: number) => {
    const log = logger.fork('search');
    if (outcome.kept) {
      log.info(`index of ${outcome.papers} papers unchanged: its ${last!.files.length} files kept from the last build`);
      return;
    }
    // One line in the build log, for the build benchmark's per-phase times.
    log.info(
      `index of ${outcome.papers} papers (terms of ${outcome.reused} kept from the last build), ${outcome.index.files.size} files ` +
        `(${written} written), built in ${seconds(outcome.milliseconds)} s`,
    );
  };

  return {
    name: 'papershelf-search-index-files',
    producedFiles: () => produced.map((name) => `search/${name}`),
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        const remembered = outputKept ? await sideFiles().readRemembered(REMEMBERED) : undefined;
        last = remembered && isNameList(remembered.value) ? { key: remembered.key, files: remembered.value } : undefined;
        job = run({ cacheDir, last: last && { ...last, dir: join(outDir, 'search') } });
        // Awaited, and its failure reported, when the pages are done.
        job.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const searchDir = join(fileURLToPath(dir), 'search');
        try {
          let outcome = await job!;
          // Kept files that went missing during the build (none should): build the index after all.
          if (outcome.kept && !(await searchFilesThere(searchDir, last!.files))) outcome = await run({ cacheDir });
          if (outcome.kept) {
            produced = last!.files;
            return report(logger, outcome, 0);
          }
          // Until the new files and their record are both written, no record: a build stopped half-way keeps nothing.
          await sideFiles().forgetRemembered(REMEMBERED);
          const { written } = await writeSearchFiles(searchDir, outcome.index.files);
          produced = [...outcome.index.files.keys()];
          if (outcome.key !== undefined) await sideFiles().writeRemembered(REMEMBERED, outcome.key, produced);
          report(logger, outcome, written);
        } catch (error) {
          throw new Error(
            `The search index could not be built: ${error instanceof Error ? error.message : String(error)}. ` +
              `It is built from what the paper loader hands over in ${sideFiles().papersHandoff}; build again, ` +
              'and if this repeats, with the cache folder removed.',
            { cause: error },
          );
        }
      },
    },
  };
}
