/**
 * `npm run build`: `astro build` with its one-line-per-page log folded into progress lines
 * ("pages written: 2000", …), so a 14,000-paper build prints dozens of lines instead of tens of
 * thousands. Everything else Astro prints (warnings, errors, the loader's diagnostics) passes through
 * unchanged, and the exit status is Astro's. Arguments after `--` go to `astro build`.
 * Set PAPERSHELF_VERBOSE_BUILD=1 to see every page.
 *
 * Astro empties the output folder before it bundles, file by file and blocking: 7 s for the
 * 40,000 files of a 14,000-paper site. The previous output is renamed aside instead (instant) and
 * deleted while Astro works.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

/** A page line: `12:00:01 ├─ /papers/2401.00001/index.html (+2ms)`; or a bare `(+2ms)` after a batch. */
const PAGE_LINE = /^(?:\S+\s+)?[├└]─\s|^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/u;
const EVERY = 2000;

const verbose = Boolean(process.env.PAPERSHELF_VERBOSE_BUILD);

/** Moves the last build out of the way and deletes it in the background; Astro reports configuration errors itself. */
async function clearOutput(): Promise<void> {
  let outDir: string;
  try {
    ({ outDir } = (await import('../src/config.ts')).readSiteConfig());
  } catch {
    return;
  }
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
await clearOutput();

const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
});

let pages = 0;
let reported = 0;
const report = (to: NodeJS.WritableStream) => {
  reported = pages;
  to.write(`pages written: ${pages}\n`);
};
function pipe(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    const plain = stripVTControlCharacters(line);
    if (!verbose && PAGE_LINE.test(plain)) {
      if (/[├└]─/u.test(plain) && ++pages % EVERY === 0) report(to);
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
});
