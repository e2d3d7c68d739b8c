/**
 * `npm run bench:build -- [--sizes 1000,14000,100000 | --papers N] [--jekyll] [--no-check]`
 * For each size: generates N synthetic digest papers (scripts/lib/synthetic-corpus.ts), then runs the
 * day-to-day sequence of builds with `npm run build` (scripts/build.ts): cold (no caches, no output),
 * nothing changed, one paper's title edited, 50 new papers (a day's arrivals, dated after every paper
 * already there, as a daily digest's are), 50 papers deleted. Each row: wall time, peak memory (GNU
 * time), pages rendered and restored from the incremental cache, Astro's per-phase times, and the
 * pages rendered by route; each build's whole log is kept in bench-out/logs/. Then, unless --no-check,
 * a cold build of the final files into a fresh cache must equal the incremental output byte for byte. With --jekyll, a one-layout Jekyll
 * build of the same files (Debian's `jekyll`, when installed). Last line: one JSON object.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { CACHE_CHANGE_LINE } from './lib/cache-changes';
import { writeSyntheticCorpus } from './lib/synthetic-corpus';

interface BuildFigures {
  wallS: number;
  /** User + system CPU seconds of the whole build: steadier than wall time on a busy machine. */
  cpuS: number;
  peakMB: number;
  pages: number;
  restored: number;
  rendered: number;
  /** Paths rendered (not restored), by route: the first segment of the path ("papers", "keywords", "/" …). */
  renderedBy: Record<string, number>;
  /** What made Astro render pages again, as scripts/build.ts says it (configuration, lockfile, routes' code), if anything. */
  invalidated?: string;
  /** Seconds, from Astro's and our loader's log lines. */
  phases: { contentSync?: number; bundle?: number; related?: number; pages?: number; searchIndex?: number; bibtex?: number };
}

const DAY = 50;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const sizes = (arg('--sizes') ?? arg('--papers') ?? '1000,14000,100000').split(',').map(Number);
const root = resolve('bench-out');

/** Seconds from a log line; Astro writes "850ms", "12.34s" or, past a minute, "1m 5s". */
function seconds(log: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(log);
  if (!match) return undefined;
  if (match[2] === 'ms') return Number(match[1]) / 1000;
  if (match[2] === 'm') return Number(match[1]) * 60 + Number(/^\s*(\d+)s/.exec(log.slice(match.index + match[0].length))?.[1] ?? 0);
  return Number(match[1]);
}

/** Each build's whole log is kept here (bench-out/logs/<papers>-<build>.log), to read after a run. */
const logs = join(root, 'logs');

function build(corpus: string, out: string, cache: string, name: string, papers: number): BuildFigures {
  const env = {
    ...process.env,
    // Each build as if from another shell command (`_` is the shell's last command): that must not change a page.
    _: `/usr/bin/bench-${name.replaceAll(' ', '-')}`,
    PAPERS_DIR: corpus,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    // Every page's line, to count what was rendered by route.
    PAPERSHELF_VERBOSE_BUILD: '1',
  };
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH wall=%e maxrss=%M cpu=%U+%S', process.execPath, 'scripts/build.ts'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const log = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  mkdirSync(logs, { recursive: true });
  writeFileSync(join(logs, `${papers}-${name.replaceAll(' ', '-')}.log`), log);
  if (run.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const [, wall, rss, user, sys] = /BENCH wall=([\d.]+) maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(log) ?? [];
  // Astro's page lines: `├─ /keywords/x/2/index.html (+2ms)`, "(cached)" or "(restored)" when not rendered.
  let pages = 0;
  let restored = 0;
  const renderedBy: Record<string, number> = {};
  for (const [, path, rest] of log.matchAll(/[├└]─ (\/\S*)([^\n├└]*)/gu)) {
    pages++;
    if (/\((?:restored|cached)\)/.test(rest!)) {
      restored++;
      continue;
    }
    const route = /^\/([^/.]+)\//.exec(path!)?.[1] ?? '/';
    renderedBy[route] = (renderedBy[route] ?? 0) + 1;
  }
  return {
    wallS: Number(wall),
    cpuS: Math.round((Number(user) + Number(sys)) * 10) / 10,
    peakMB: Math.round(Number(rss) / 1024),
    pages,
    restored,
    rendered: pages - restored,
    renderedBy,
    invalidated: CACHE_CHANGE_LINE.exec(log)?.[0],
    phases: {
      contentSync: seconds(log, /papers from \d+ files .*? in ([\d.]+) (s)/),
      bundle: seconds(log, /\[vite\] ✓ built in ([\d.]+)(ms|s|m)/),
      related: seconds(log, /\[related\] .* computed in ([\d.]+) (s)/),
      pages: seconds(log, /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s|m)/),
      searchIndex: seconds(log, /\[search\] index of .* built in ([\d.]+) (s)/),
      bibtex: seconds(log, /BibTeX files, \d+ written, in ([\d.]+) (s)/),
    },
  };
}

function folderMB(dir: string): number {
  return Math.round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 102.4) / 10;
}

/** Every file of a folder → hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), createHash('sha1').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/** Files that differ between two outputs, or exist in one only. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

function jekyllBuild(corpus: string, papers: number): number | undefined {
  if (spawnSync('jekyll', ['--version']).status !== 0) return undefined;
  const site = join(root, `jekyll-${papers}`);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, '_layouts'), { recursive: true });
  writeFileSync(join(site, '_config.yml'), 'markdown: kramdown\nexclude: [_site]\n');
  writeFileSync(join(site, '_layouts/default.html'), '<!doctype html><title>{{ page.title }}</title><main>{{ content }}</main>\n');
  execFileSync('cp', ['-r', corpus, join(site, 'papers')]);
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH wall=%e', 'jekyll', 'build', '--quiet', '-s', site, '-d', join(site, '_site')], {
    encoding: 'utf8',
  });
  rmSync(site, { recursive: true, force: true });
  return Number(/BENCH wall=([\d.]+)/.exec(run.stderr)?.[1]);
}

function benchSize(papers: number) {
  const corpus = join(root, `papers-${papers}`);
  const arrivals = join(root, `arrivals-${papers}`);
  const out = join(root, `dist-${papers}`);
  const cache = join(root, `cache-${papers}`);
  // Always the same starting files, whatever an earlier run changed.
  rmSync(corpus, { recursive: true, force: true });
  const { ids } = writeSyntheticCorpus(corpus, papers, { seed: 1, mathShare: 0.06 });
  rmSync(arrivals, { recursive: true, force: true });
  const taken = new Set(ids);
  // A day's arrivals are the newest papers, dated the last few days (the corpus ends in December 2025).
  const newIds = writeSyntheticCorpus(arrivals, DAY * 2, { seed: 2, mathShare: 0.06, dated: { from: '2026-01-05', to: '2026-01-07' } })
    .ids.filter((id) => !taken.has(id))
    .slice(0, DAY);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });

  const rows: [string, BuildFigures][] = [];
  const step = (name: string, change: () => void) => {
    change();
    const figures = build(corpus, out, cache, name, papers);
    rows.push([name, figures]);
    console.log(row(papers, name, figures));
  };
  step('cold', () => undefined);
  const outputMB = folderMB(out);
  step('unchanged', () => undefined);
  step('one edited', () => {
    // A visible edit: the title, shown on the paper's page, its neighbours' and every listing it is on.
    const file = join(corpus, `${ids[Math.floor(ids.length / 2)]}.md`);
    const text = readFileSync(file, 'utf8');
    const title = /^title: "(.*)"$/m.exec(text)![1]!;
    writeFileSync(file, text.replaceAll(title, `${title} (revised)`));
  });
  step(`${DAY} new`, () => {
    for (const id of newIds) copyFileSync(join(arrivals, `${id}.md`), join(corpus, `${id}.md`));
  });
  step(`${DAY} deleted`, () => {
    for (let i = 0; i < DAY; i++) unlinkSync(join(corpus, `${ids[Math.floor((i * ids.length) / DAY)]}.md`));
  });

  let mismatches: string[] | undefined;
  if (!process.argv.includes('--no-check')) {
    // The truth: the same files built cold. The incremental output must match it byte for byte.
    const truthOut = join(root, `dist-${papers}-cold-check`);
    const truthCache = join(root, `cache-${papers}-cold-check`);
    rmSync(truthOut, { recursive: true, force: true });
    rmSync(truthCache, { recursive: true, force: true });
    build(corpus, truthOut, truthCache, 'truth', papers);
    mismatches = differences(snapshot(out), snapshot(truthOut));
    console.log(
      mismatches.length === 0
        ? `check: the incremental output equals a cold build of the same files (${snapshot(truthOut).size} files)`
        : `check FAILED: ${mismatches.length} files differ from a cold build, e.g. ${mismatches.slice(0, 5).join(', ')}`,
    );
    rmSync(truthOut, { recursive: true, force: true });
    rmSync(truthCache, { recursive: true, force: true });
  }
  const jekyllS = process.argv.includes('--jekyll') ? jekyllBuild(corpus, papers) : undefined;
  if (jekyllS !== undefined)
    console.log(`${String(papers).padStart(7)} jekyll        ${jekyllS.toFixed(1).padStart(7)} s (one layout, same files)`);
  const cold = rows[0]![1];
  const ratios = rows
    .slice(1)
    .map(([name, b]) => `${name} ${Math.round((100 * b.wallS) / cold.wallS)} % (cpu ${Math.round((100 * b.cpuS) / cold.cpuS)} %)`);
  console.log(`${String(papers).padStart(7)} of cold: ${ratios.join(', ')}; output ${outputMB} MB, ${cold.pages} pages`);
  return { papers, pages: cold.pages, outputMB, builds: Object.fromEntries(rows), jekyllS, mismatches: mismatches?.length };
}

function row(papers: number, name: string, b: BuildFigures): string {
  return (
    `${String(papers).padStart(7)} ${name.padEnd(12)} ${b.wallS.toFixed(1).padStart(7)} s (cpu ${b.cpuS.toFixed(1).padStart(6)} s) ${String(b.peakMB).padStart(6)} MB  ` +
    `rendered ${String(b.rendered).padStart(6)}, restored ${String(b.restored).padStart(6)}  ` +
    `(sync ${b.phases.contentSync ?? '-'} s, bundle ${b.phases.bundle ?? '-'} s, pages ${b.phases.pages ?? '-'} s, ` +
    `related ${b.phases.related ?? '-'} s, search index ${b.phases.searchIndex ?? '-'} s, .bib ${b.phases.bibtex ?? '-'} s)` +
    (b.restored > 0
      ? `\n${' '.repeat(21)}rendered by route: ${Object.entries(b.renderedBy)
          .sort(([, x], [, y]) => y - x)
          .map(([route, n]) => `${route} ${n}`)
          .join(', ')}`
      : '') +
    (b.invalidated && name !== 'cold' ? `\n${' '.repeat(21)}${b.invalidated}` : '')
  );
}

mkdirSync(root, { recursive: true });
const results = [];
for (const papers of sizes) {
  if (!existsSync(root)) mkdirSync(root, { recursive: true });
  results.push(benchSize(papers));
}
console.log(JSON.stringify(results));
