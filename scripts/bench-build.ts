/**
 * `npm run bench:build -- --papers N [--jekyll]`
 * Generates N synthetic digest papers (scripts/lib/synthetic-corpus.ts), then builds the site three
 * times: cold (no caches, no output), again with nothing changed, and after changing one file.
 * Prints wall time, papers per second, peak memory (GNU time), output size and Astro's per-phase
 * times for each build; with --jekyll also a one-layout Jekyll build of the same files (Debian's
 * `jekyll`, when installed). Last line: one JSON object with the figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeSyntheticCorpus } from './lib/synthetic-corpus';

interface BuildFigures {
  wallS: number;
  papersPerS: number;
  peakMB: number;
  /** Seconds, from Astro's and our loader's log lines. */
  phases: { contentSync?: number; parse?: number; render?: number; bundle?: number; pages?: number; searchIndex?: number; bibtex?: number };
  pages?: number;
}

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const papers = Number(process.argv.includes('--papers') ? arg('--papers') : 1000);
const root = resolve('bench-out');
const corpus = join(root, `papers-${papers}`);
const out = join(root, `dist-${papers}`);
const cache = join(root, `cache-${papers}`);

function seconds(log: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(log);
  if (!match) return undefined;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

function build(): BuildFigures {
  const env = { ...process.env, PAPERS_DIR: corpus, OUT_DIR: out, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  // The same command as `npm run build` (scripts/build.ts around `astro build`).
  const run = spawnSync('/usr/bin/time', ['-f', 'BENCH wall=%e maxrss=%M', process.execPath, 'scripts/build.ts'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const log = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  if (run.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const [, wall, rss] = /BENCH wall=([\d.]+) maxrss=(\d+)/.exec(log) ?? [];
  const wallS = Number(wall);
  return {
    wallS,
    papersPerS: Math.round(papers / wallS),
    peakMB: Math.round(Number(rss) / 1024),
    phases: {
      contentSync: seconds(log, /papers from \d+ files .*? in ([\d.]+) (s)/),
      parse: seconds(log, /parse ([\d.]+) (s)/),
      render: seconds(log, /render ([\d.]+) (s)/),
      bundle: seconds(log, /\[vite\] ✓ built in ([\d.]+)(ms|s)/),
      pages: seconds(log, /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/),
      searchIndex: seconds(log, /\[search\] index of .* built in ([\d.]+) (s)/),
      bibtex: seconds(log, /BibTeX files written in ([\d.]+) (s)/),
    },
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN),
  };
}

function folderMB(dir: string): number {
  return Math.round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 102.4) / 10;
}

function jekyllBuild(): number | undefined {
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
  return Number(/BENCH wall=([\d.]+)/.exec(run.stderr)?.[1]);
}

function main(): void {
  mkdirSync(root, { recursive: true });
  if (!existsSync(corpus) || readdirSync(corpus).length < papers) {
    rmSync(corpus, { recursive: true, force: true });
    writeSyntheticCorpus(corpus, papers, { seed: 1, mathShare: 0.06 });
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const cold = build();
  const size = folderMB(out);
  const unchanged = build();
  const first = readdirSync(corpus)
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!;
  appendFileSync(join(corpus, first), `\n\n<!-- bench edit ${Date.now()} -->\n`);
  const oneChanged = build();
  const jekyllS = process.argv.includes('--jekyll') ? jekyllBuild() : undefined;

  const row = (name: string, b: BuildFigures) =>
    `${name.padEnd(14)} ${b.wallS.toFixed(1).padStart(7)} s ${String(b.papersPerS).padStart(7)}/s ${String(b.peakMB).padStart(6)} MB  ` +
    `sync ${b.phases.contentSync ?? '-'} s (parse ${b.phases.parse ?? '-'}, render ${b.phases.render ?? '-'} in all threads), bundle ${b.phases.bundle ?? '-'} s, ` +
    `pages ${b.phases.pages ?? '-'} s (search index ${b.phases.searchIndex ?? '-'}), .bib ${b.phases.bibtex ?? '-'} s`;
  console.log(`papers: ${papers}; pages: ${cold.pages}; output: ${size} MB`);
  console.log(row('cold', cold));
  console.log(row('unchanged', unchanged));
  console.log(row('one changed', oneChanged));
  if (jekyllS !== undefined) console.log(`jekyll         ${jekyllS.toFixed(1).padStart(7)} s (one layout, same files)`);
  console.log(JSON.stringify({ papers, pages: cold.pages, outputMB: size, cold, unchanged, oneChanged, jekyllS }));
}

main();
