/**
 * The incremental build against the truth: a small synthetic site is built cold, then rebuilt after
 * edits, additions and deletions, and every rebuild must render exactly the pages whose content
 * changed and end up byte for byte equal to a cold build of the same files. Most rebuilds write over
 * the last output, as `npm run build` does day to day (unchanged pages are left in place, stale ones
 * removed); one goes into an empty folder, so its pages come from the cache folder's copies. Slow by
 * nature (each build is a real `npm run build`, several seconds), so the site is kept to a few dozen papers.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus';

const BUILD_TIMEOUT = 240_000;
const work = mkdtempSync(join(tmpdir(), 'papershelf-incremental-'));
const papersDir = join(work, 'papers');

interface Build {
  /** Output file (relative to the output folder) → sha256 of its bytes. */
  files: Map<string, string>;
  rendered: Set<string>;
  restored: Set<string>;
  /** The build's output, for its log lines. */
  log: string;
}

/** How many papers a build cut into terms for `work` (its log line: "N papers (terms of K kept …"). */
function termsCut({ log }: Build, work: 'search' | 'related'): number {
  const line = new RegExp(`\\[${work}\\] \\D*(\\d+) papers \\(terms of (\\d+) kept`).exec(log);
  if (!line) throw new Error(`no [${work}] line in the build's log`);
  return Number(line[1]) - Number(line[2]);
}

/** How many files of the search index a build wrote (its log line: "… N files (W written) …"), or kept unchanged. */
function searchIndexWritten({ log }: Build): number | 'kept' {
  if (/\[search\] index of \d+ papers unchanged/.test(log)) return 'kept';
  const line = /\[search\] index of .* \d+ files \((\d+) written\)/.exec(log);
  if (!line) throw new Error("no [search] line in the build's log");
  return Number(line[1]);
}

function build(name: string, cache: string, extraEnv: Record<string, string> = {}): Build {
  const { status, log } = runBuild(name, cache, extraEnv);
  if (status !== 0) throw new Error(`build ${name} failed:\n${log.slice(-4000)}`);
  const outDir = join(work, name);
  const rendered = new Set<string>();
  const restored = new Set<string>();
  // Several pages can share a line when they are generated concurrently; each is `├─ /path` + a mark.
  // A page still rendering leaves its line open, so the next timestamp can follow its path directly.
  for (const [, path, mark] of log.matchAll(/[├└]─ (\/\S+?)(?=\s|\d\d:\d\d:\d\d|$)(?: \((restored|cached)\))?/gmu)) {
    (mark ? restored : rendered).add(path!.slice(1));
  }
  const files = new Map<string, string>();
  for (const file of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    files.set(path.slice(outDir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return { files, rendered, restored, log };
}

/** `npm run build` into `name` with the cache folder `cache`: its exit status and everything it printed. */
function runBuild(name: string, cache: string, extraEnv: Record<string, string> = {}): { status: number | null; log: string } {
  const outDir = join(work, name);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: {
      // Not vitest's environment: it sets DEV, MODE, NODE_ENV…, which would make Astro build a development site.
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      PAPERS_DIR: papersDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, cache),
      SITE_URL: 'https://papershelf.example',
      BASE_PATH: '',
      PAPERSHELF_VERBOSE_BUILD: '1',
      // Each build started by another last command, as a shell sets `_`: that must change no page (Astro
      // compiles environment variables into a module that reads its env object whole: see import-meta-env.test.ts).
      _: `/usr/bin/${name}`,
      PAPERSHELF_READ_THREADS: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...extraEnv,
    },
  });
  return { status: run.status, log: `${run.stdout}\n${run.stderr}` };
}

/** Route files under src/pages whose path has no [param]: each renders one page on every build. */
const routesWithoutParams = () =>
  readdirSync('src/pages', { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('['),
  ).length;

const changedFiles = (before: Build, after: Build) =>
  new Set([...after.files].filter(([file, hash]) => before.files.get(file) !== hash).map(([file]) => file));
const html = (files: Iterable<string>) => new Set([...files].filter((file) => file.endsWith('.html')));
const paperFile = (id: string) => join(papersDir, `${id}.md`);

let corpusIds: string[] = [];
let cold: Build;
let unchanged: Build;

beforeAll(() => {
  corpusIds = writeSyntheticCorpus(papersDir, 40, { seed: 7, mathShare: 0.1 }).ids;
  cold = build('site', 'cache');
  // Later builds write over `site`; keep the cold output to read what it showed.
  cpSync(join(work, 'site'), join(work, 'dist-cold'), { recursive: true });
}, BUILD_TIMEOUT);

afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

describe('a build that stops part-way', () => {
  it(
    'fails, though Astro ended with status 0, and leaves no incremental manifest to trust its pages by',
    () => {
      // Its own cache folder: the manifest this build must not leave would otherwise be the other tests'.
      const cache = 'cache-stopped';
      const hook = resolve('tests/fixtures/build/astro-stops-early.mjs');
      const { status, log } = runBuild('site-stopped', cache, { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}` });
      expect(log).toMatch(/ended without finishing/);
      expect(status).toBe(1);
      expect(existsSync(join(work, cache, 'incremental-build.json'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});

describe('incremental build', () => {
  it(
    'restores every keyed page when nothing changed, and the output stays the same',
    () => {
      // Into an empty folder: every keyed page is copied from the cache folder.
      unchanged = build('dist-unchanged', 'cache');
      expect(unchanged.restored.size).toBeGreaterThan(cold.files.size / 2);
      // What still renders are the pages without parameters (home, indexes, search, 404, …): one per such
      // route file under src/pages, nothing more.
      const rendered = [...unchanged.rendered].sort();
      expect(rendered.length, rendered.join(' ')).toBeLessThanOrEqual(routesWithoutParams());
      expect(changedFiles(cold, unchanged)).toEqual(new Set());
      expect([...unchanged.files.keys()].sort()).toEqual([...cold.files.keys()].sort());
      // The search index's files were not in that folder: it was built and every file written.
      expect(searchIndexWritten(unchanged)).toBe([...cold.files.keys()].filter((file) => /^search\/.+\.json$/.test(file)).length);

      // Over the last output, as `npm run build` does: the index is not built, its files stay.
      const again = build('site', 'cache');
      expect(searchIndexWritten(again)).toBe('kept');
      expect(changedFiles(cold, again)).toEqual(new Set());
      expect([...again.files.keys()].sort()).toEqual([...cold.files.keys()].sort());
    },
    BUILD_TIMEOUT * 2,
  );

  it(
    'after one title is edited, renders exactly the pages that show it',
    () => {
      const id = corpusIds[5]!;
      const text = readFileSync(paperFile(id), 'utf8');
      const oldTitle = /^title: "(.*)"$/m.exec(text)![1]!;
      const newTitle = `Retitled ${oldTitle.split(':')[0]}`;
      writeFileSync(paperFile(id), text.replaceAll(oldTitle, newTitle));
      const edited = build('site', 'cache');

      const showingTitle = [...cold.files.keys()].filter(
        (file) => file.endsWith('.html') && readFileSync(join(work, 'dist-cold', file), 'utf8').includes(oldTitle),
      );
      expect(showingTitle.length).toBeGreaterThan(3);
      const changed = changedFiles(cold, edited);
      for (const file of showingTitle) expect(changed, `${file} shows the title`).toContain(file);
      // Every keyed page rendered had to be: it changed. Pages without a key render every time.
      const keyedRendered = html([...edited.rendered].filter((file) => !unchanged.rendered.has(file)));
      expect(keyedRendered).toEqual(html([...changed].filter((file) => !unchanged.rendered.has(file))));
      // The search index is built again; of its files, only those that are new or changed are written.
      const searchFiles = [...changed].filter((file) => /^search\/.+\.json$/.test(file));
      expect(searchFiles.length).toBeGreaterThan(1);
      expect(searchIndexWritten(edited)).toBe(searchFiles.length);
      // Only the edited paper is cut into terms again, for the index and for related papers alike.
      expect(termsCut(edited, 'search')).toBe(1);
      expect(termsCut(edited, 'related')).toBe(1);
    },
    BUILD_TIMEOUT,
  );

  it(
    'after additions, deletions and a keyword edit, equals a cold build byte for byte',
    () => {
      // Three papers from another corpus (ids that do not collide), so listings and pages shift.
      const extraDir = join(work, 'extra');
      const extra = writeSyntheticCorpus(extraDir, 10, { seed: 8, mathShare: 0.1 }).ids.filter((id) => !corpusIds.includes(id));
      for (const id of extra.slice(0, 3)) writeFileSync(paperFile(id), readFileSync(join(extraDir, `${id}.md`)));
      // One paper takes another's keywords: keywords of a single paper gain their own page, and every
      // card of that other paper now links to those pages instead of to a search.
      const keywordsLine = (id: string) => /^\*\*关键词\*\*:.*$/m.exec(readFileSync(paperFile(id), 'utf8'))![0];
      const [taker, giver] = [corpusIds[10]!, corpusIds[20]!];
      writeFileSync(paperFile(taker), readFileSync(paperFile(taker), 'utf8').replace(keywordsLine(taker), keywordsLine(giver)));
      const grown = build('site', 'cache');
      expect(grown.restored.size).toBeGreaterThan(0);

      for (const id of [corpusIds[0]!, corpusIds[30]!]) unlinkSync(paperFile(id));
      const final = build('site', 'cache');
      expect(final.restored.size).toBeGreaterThan(0);
      expect(final.files.has(`papers/${corpusIds[0]}/index.html`)).toBe(false);

      const truth = build('dist-truth', 'cache-truth');
      expect(truth.restored.size).toBe(0);
      expect([...final.files.keys()].sort()).toEqual([...truth.files.keys()].sort());
      expect([...changedFiles(truth, final)]).toEqual([]);
    },
    BUILD_TIMEOUT * 3,
  );
});
