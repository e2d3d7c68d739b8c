/**
 * `npm run build`: `astro build` with its one-line-per-page log folded into progress lines
 * ("pages written: 2000 (1990 restored from the last build, 10 rendered)", …), so a 14,000-paper
 * build prints dozens of lines instead of tens of thousands. Everything else Astro prints (warnings,
 * errors, the loader's diagnostics) passes through unchanged, and the exit status is Astro's. Arguments after `--` go to `astro build`.
 * Set PAPERSHELF_VERBOSE_BUILD=1 to see every page.
 *
 * Astro empties the output folder before it bundles, file by file and blocking: 7 s for the
 * 40,000 files of a 14,000-paper site. The previous output is renamed aside instead (instant) and
 * deleted while Astro works.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

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

/** Moves the last build out of the way and deletes it in the background. */
function clearOutput(outDir: string): void {
  // Named like the output (dist-old-…) so the ignore rules for dist-* cover it if a build is killed.
  const old = `${outDir}-old-${process.pid}`;
  try {
    if (!existsSync(outDir)) return;
    renameSync(outDir, old);
  } catch {
    return; // Astro will empty it the slow way.
  }
  void rm(old, { recursive: true, force: true }).catch((error: unknown) => {
    console.warn(`could not delete the previous build at ${old}: ${String(error)}`);
  });
}
if (site) clearOutput(site.outDir);

const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
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
    if (!verbose && PAGE_LINE.test(plain)) {
      // With several pages in flight one line can name more than one. Astro marks a page its incremental
      // build copied from the last build "(restored)", or "(cached)" when it was already in place.
      restored += plain.match(/\((?:restored|cached)\)/g)?.length ?? 0;
      for (let n = plain.match(/[├└]─/gu)?.length ?? 0; n > 0; n--) if (++pages % EVERY === 0) report(to);
      return;
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
  // A build that stopped half-way may have put pages of its own into the incremental cache's copies
  // while the manifest still describes the last good build: forget the manifest, so the next build
  // renders everything instead of trusting those copies.
  if (process.exitCode !== 0 && site) rmSync(join(site.cacheDir, 'incremental-build.json'), { force: true });
});
