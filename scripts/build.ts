/**
 * `npm run build`: `astro build` with its one-line-per-page log folded into progress lines
 * ("pages written: 2000 (1990 restored from the last build, 10 rendered)", …), so a 14,000-paper
 * build prints dozens of lines instead of tens of thousands. Everything else Astro prints (warnings,
 * errors, the loader's diagnostics) passes through unchanged, and the exit status is Astro's, or 1 when
 * Astro wrote pages but ended without finishing (its last step, which lists the build's files, did not run). Arguments after `--` go to `astro build`.
 * Set PAPERSHELF_VERBOSE_BUILD=1 to see every page.
 *
 * The output is built in place (PAPERSHELF_KEEP_OUTPUT tells astro.config.mjs not to empty it):
 * Astro then leaves a page whose file is there and whose cache key is unchanged as it is, "(cached)",
 * instead of copying it from its cache folder, and nothing of the 45,000 files of a 14,000-paper site
 * is deleted and written again. After a good build, the files this build did not produce (pages of
 * deleted papers, old assets) are removed (scripts/lib/stale-output.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { buildEnvironment, cacheChanges, readFingerprint } from './lib/cache-changes.ts';
import { listedByThisBuild, listsFolder, markStart, removeStale, staleFiles } from './lib/stale-output.ts';
import { SideFiles, type OutputList } from '../src/loader/side-files.ts';

/** A page line: `12:00:01 ├─ /papers/2401.00001/index.html (+2ms)`; or a bare `(+2ms)` after a batch. */
const PAGE_LINE = /^(?:\S+\s+)?[├└]─\s|^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/u;
const EVERY = 2000;

const verbose = Boolean(process.env.PAPERSHELF_VERBOSE_BUILD);

/** The output and cache folders, or nothing when the configuration is wrong (Astro reports that itself). */
async function folders(): Promise<{ outDir: string; cacheDir: string } | undefined> {
  try {
    return (await import('../src/config.ts')).readSiteConfig();
  } catch {
    return undefined;
  }
}
const site = await folders();
const manifestFile = site && join(site.cacheDir, 'incremental-build.json');
const sideFiles = site && new SideFiles(site.cacheDir);
/** The files the last build left, read before this one replaces the list. */
const lastOutput = sideFiles?.readOutputList();
/** What Astro's incremental cache compared against, read before this build replaces its manifest. */
const lastFingerprint = manifestFile ? readFingerprint(manifestFile) : undefined;

const started = site ? markStart(site.cacheDir) : 0;

/**
 * After a good build: remove what the last build left that this one did not produce, by the two
 * builds' output lists (src/integrations/output-list.ts; `current` is this build's). Without the last
 * build's list the whole output is looked through.
 */
function removeStaleOutput(outDir: string, current: OutputList): void {
  if (!existsSync(outDir)) return;
  const last = listsFolder(lastOutput, outDir) ? lastOutput.files : undefined;
  const removed = removeStale(outDir, staleFiles(outDir, current.files, started, last));
  if (removed > 0) console.log(`removed ${removed} file(s) of the last build that this build does not have`);
}

const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...buildEnvironment(process.env), PAPERSHELF_KEEP_OUTPUT: '1' },
});

let pages = 0;
let restored = 0;
let reported = 0;
const report = (to: NodeJS.WritableStream) => {
  reported = pages;
  to.write(`pages written: ${pages} (${restored} restored from the last build, ${pages - restored} rendered)\n`);
};
function pipe(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    const plain = stripVTControlCharacters(line);
    if (PAGE_LINE.test(plain)) {
      // With several pages in flight one line can name more than one. Astro marks a page its incremental
      // build copied from the last build "(restored)", or "(cached)" when it was already in place.
      restored += plain.match(/\((?:restored|cached)\)/g)?.length ?? 0;
      // Counted in verbose builds too: a build that wrote pages must finish (astro.on('close')).
      for (let n = plain.match(/[├└]─/gu)?.length ?? 0; n > 0; n--) if (++pages % EVERY === 0 && !verbose) report(to);
      if (!verbose) return;
    }
    if (!verbose && pages > reported && /Completed in/.test(plain)) report(to);
    to.write(`${line}\n`);
  });
}
pipe(astro.stdout, process.stdout);
pipe(astro.stderr, process.stderr);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
  if (!site) return;
  const current = sideFiles!.readOutputList();
  const listed = listedByThisBuild(current, site.outDir, started);
  if (process.exitCode === 0 && !listed && pages > 0) {
    // Seen once at 100,000 papers: Astro's process ended with status 0 part-way through the pages.
    console.error(
      `astro build ended without finishing: its last step did not write the list of this build's files (${sideFiles!.outputList}), ` +
        `so ${site.outDir} may hold only part of the site. Build again; if it happens again, run with PAPERSHELF_VERBOSE_BUILD=1 to see the last page.`,
    );
    process.exitCode = 1;
  }
  if (process.exitCode === 0) {
    const changes = cacheChanges(lastFingerprint, readFingerprint(manifestFile!));
    if (changes) console.log(changes);
    // No pages and no list: Astro was asked for something else (`npm run build -- --help`).
    if (listed) removeStaleOutput(site.outDir, current);
    return;
  }
  // A build that stopped half-way may have put pages of its own into the output and the incremental
  // cache's copies while the manifest still describes the last good build: forget the manifest, so
  // the next build renders everything instead of trusting those files; and forget the list of the
  // last build's files, so the next one looks through the whole output for what this one left.
  rmSync(manifestFile!, { force: true });
  sideFiles!.forgetOutputList();
});
