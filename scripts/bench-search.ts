/**
 * `npm run bench:search -- [--papers N] [--site small|full] [--cold N] [--per-kind N] [--key-gap MS] [--read M] [--no-build]`
 * Search as a reader feels it: the built site's own /search/ page and header box in headless Chromium,
 * timed by the page's own performance marks from the input event to the results painted
 * (src/client/search/timing.ts), with the site served from 127.0.0.1 by a static host in its own thread (scripts/lib/static-host.ts).
 *
 * N synthetic digest papers (scripts/lib/synthetic-corpus.ts) are read with the site's ingestion and
 * indexed with the site's builder. `--site full` builds the whole site over them; `--site small`
 * (the default, light on a shared machine) builds the site over 60 of them and puts the N-paper
 * index in its /search/ folder, which is all the search code reads. Over the ranking set
 * (scripts/lib/search-queries.ts), per query kind and per surface:
 * - typed: on an open page, the query typed key by key (`--key-gap` ms apart, default 80), Chinese
 *   committed a word at a time as an input method does: the last input's wait, and every input's
 *   (does each answer come before the next key?);
 * - pasted: on an open page, the whole query put in at once, as ids and titles are pasted;
 * - first query after a fresh page load (new browser context, so the engine loads and every file
 *   is fetched), pasted, and the KB gzip fetched from the navigation until it painted; and typed;
 * with where the time went (p50 of each part) and the ranking set's MRR. The times are to the whole
 * first page painted; a last column gives the time to the first hits painted, where the leading ones
 * were shown before the rest (their records came with the term shards), and how often that was.
 * Prints a table; the last line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ingestFile } from '../src/ingest/index';
import { mergePapers } from '../src/ingest/merge';
import type { Paper } from '../src/ingest/schema';
import { buildSearchIndex } from '../src/lib/search/build-index';
import { createSearchEngine } from '../src/client/search/engine';
import type { SearchMeasureDetail } from '../src/client/search/timing';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/browser';
import { meanReciprocalRank, QUERY_KINDS, rankingQueries, type RankingQuery } from './lib/search-queries';
import { startStaticHost, type HostedRequest } from './lib/static-host';
import { makeRandom, writeSyntheticCorpus } from './lib/synthetic-corpus';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const papers = Number(arg('--papers', '14000'));
const siteKind = arg('--site', 'small');
const coldRuns = Number(arg('--cold', '24'));
const perKind = Number(arg('--per-kind', '15'));
const skipBuild = process.argv.includes('--no-build');
/** `--key-gap MS`: time between keys when a query is typed (80 ms: a fast typist). */
const keyGap = Number(arg('--key-gap', '80'));
/** Kinds a reader types; ids and whole titles are pasted, and every kind is also timed pasted. */
const TYPED_KINDS: readonly RankingQuery['kind'][] = ['chinese', 'title', 'author', 'typo'];
/** `--read N`: read only N files and make the other papers by recombining their fields (fast, for 100k on a busy machine). */
const readPapers = Math.min(papers, Number(arg('--read', String(papers))));
const root = resolve('bench-out');
const corpusDir = join(root, `search-papers-${papers}`);
const siteDir = join(root, `search-site-${siteKind === 'full' ? papers : 'small'}`);

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function readCorpus(files: string[]): Promise<Paper[]> {
  const read: Paper[] = [];
  for (const file of files) {
    const { paper } = await ingestFile(relative(corpusDir, file), await readFile(file));
    if (paper) read.push(paper);
  }
  return mergePapers(read).papers;
}

/**
 * More papers from the ones read: each new one takes its title, takeaway and abstracts from one
 * paper, its authors and keywords from two others, and a new id, so term counts grow with the corpus.
 */
function grow(read: Paper[], count: number): Paper[] {
  if (read.length >= count) return read;
  const random = makeRandom(99);
  const pick = () => read[Math.floor(random() * read.length)]!;
  const grown = [...read];
  for (let i = read.length; i < count; i++) {
    const base = pick();
    const month = String(1 + (i % 12)).padStart(2, '0');
    grown.push({
      ...base,
      id: `${26 + Math.floor(i / 60_000)}${month}.${String(10_000 + (i % 60_000)).padStart(5, '0')}`,
      authors: [...pick().authors.slice(0, 2), ...pick().authors.slice(0, 3)],
      keywords: [...new Set([...base.keywords.slice(0, 2), ...pick().keywords.slice(0, 3)])],
      published: `${2023 + (i % 3)}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
  }
  return grown;
}

function buildSite(papersDir: string): void {
  const result = spawnSync('node', ['scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PAPERS_DIR: papersDir,
      OUT_DIR: siteDir,
      ASTRO_CACHE_DIR: join('node_modules', `.astro-bench-search-${siteKind}`),
      BASE_PATH: '/',
      SITE_URL: '',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`site build failed (${result.status})`);
}

type Measure = SearchMeasureDetail & { duration: number };

/** Types `query` into the box (one input event) and waits for that query's measure. */
async function timeQuery(page: Page, selector: string, query: string): Promise<Measure> {
  await page.evaluate(() => performance.clearMeasures('search'));
  const box = page.locator(selector);
  await box.fill('');
  await box.fill(query);
  return timeQueryAnswer(page, query);
}

/** Waits for the measure of the answer to `query`. */
async function timeQueryAnswer(page: Page, query: string): Promise<Measure> {
  const handle = await page.waitForFunction(
    (q) => {
      const entry = performance.getEntriesByName('search').find((e) => (e as PerformanceMeasure).detail?.query === q) as
        PerformanceMeasure | undefined;
      return entry ? { ...(entry.detail as object), duration: entry.duration } : undefined;
    },
    query,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as Measure;
}

/**
 * Types `query` as a reader does, one input event and so one search at a time, `gap` ms apart:
 * words and names key by key; Chinese as an input method commits it, a two-character word at a
 * time (the letters shown while composing are not searched: src/client/search/query-input.ts).
 * Waits for the answer to the whole query. Returns the measures of every input that was answered
 * (one overtaken by the next input has none), the whole query's last.
 */
async function typeQuery(page: Page, selector: string, query: string, gap: number, kind: RankingQuery['kind']) {
  const box = page.locator(selector);
  await box.fill('');
  await page.evaluate(() => performance.clearMeasures('search'));
  let inputs = 0;
  if (kind === 'chinese') {
    await box.focus();
    for (const word of query.match(/.{1,2}/gu) ?? []) {
      await page.keyboard.insertText(word);
      inputs++;
      await page.waitForTimeout(gap);
    }
  } else {
    await box.pressSequentially(query, { delay: gap });
    inputs = [...query].length;
  }
  await timeQueryAnswer(page, query);
  const measures = (await page.evaluate(() =>
    performance.getEntriesByName('search').map((e) => ({ ...((e as PerformanceMeasure).detail as object), duration: e.duration })),
  )) as Measure[];
  // Only this query's inputs: an answer to the emptied box may land after the marks were cleared.
  const earlier = measures.filter((m) => m.query.trim() !== '' && query.startsWith(m.query) && m.query !== query);
  return { inputs, measures: [...earlier, measures.find((m) => m.query === query)!] };
}

/** Starts collecting the page's long tasks (50 ms or more on its main thread). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask' });
  });
}

/** The durations of the long tasks since watchLongTasks. */
const takeLongTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

const SURFACES = {
  page: { path: '/search/', input: '[data-search-input]', ready: '[data-search-form]:not([hidden])' },
  box: { path: '/', input: '[data-search-box-input]', ready: '[data-search-box][data-search-ready]' },
} as const;
type Surface = keyof typeof SURFACES;

async function open(browser: Browser, origin: string, surface: Surface) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const { path, input, ready } = SURFACES[surface];
  await page.goto(origin + path, { waitUntil: 'load' });
  if (surface === 'box') await page.locator(input).focus();
  await page.locator(ready).waitFor({ state: 'attached', timeout: 60_000 });
  return { context, page };
}

async function main() {
  const started = performance.now();
  rmSync(corpusDir, { recursive: true, force: true });
  const corpus = writeSyntheticCorpus(corpusDir, readPapers, { seed: 42, mathShare: 0.06 });
  const read = grow(await readCorpus(corpus.files), papers);
  const readSeconds = (performance.now() - started) / 1000;
  const buildStart = performance.now();
  const index = buildSearchIndex(read);
  const indexMs = performance.now() - buildStart;
  console.log(`${read.length} papers read in ${round(readSeconds)} s; search index built in ${Math.round(indexMs)} ms`);

  if (!skipBuild) {
    const siteStart = performance.now();
    let papersDir = corpusDir;
    if (siteKind !== 'full') {
      papersDir = join(root, 'search-papers-small');
      rmSync(papersDir, { recursive: true, force: true });
      mkdirSync(papersDir, { recursive: true });
      for (const file of corpus.files.slice(0, 60)) copyFileSync(file, join(papersDir, relative(corpusDir, file)));
    }
    buildSite(papersDir);
    console.log(`site (${siteKind}) built in ${round((performance.now() - siteStart) / 1000)} s`);
  }
  if (siteKind !== 'full') {
    // The small site's own index is replaced by the N-paper one, written by the same builder.
    const searchDir = join(siteDir, 'search');
    for (const name of readdirSync(searchDir)) if (name.endsWith('.json')) rmSync(join(searchDir, name));
    for (const [name, content] of index.files) writeFileSync(join(searchDir, name), content);
  }

  const queries = rankingQueries(read, perKind);
  // MRR of the ranking set, by the same engine over the same files, in Node.
  const engine = createSearchEngine(async (name) => JSON.parse(index.files.get(name)!) as unknown);
  const ranked = [];
  for (const query of queries) {
    const response = await engine.search({ query: query.text, limit: 10 });
    ranked.push({ ...query, ranked: response.hits.map((hit) => hit.id) });
  }
  // The engine alone, every file already parsed (a second pass): what is left without fetches and messages.
  const engineMs: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await engine.search({ query: query.text, limit: 10 });
    engineMs.push(performance.now() - start);
  }
  const mrr = meanReciprocalRank(ranked);
  const missed = ranked.filter((r) => !r.ranked.slice(0, 3).includes(r.expect));

  const host = await startStaticHost(siteDir, { http2: !process.argv.includes('--http1') });
  const origin = host.origin;
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_FLAGS });

  const results: Record<string, unknown> = {};
  const rows: string[][] = [];
  const breakdown: Record<string, Record<string, number>> = {};
  const parts = ['queued', 'roundTrip', 'engine', 'fetchWait', 'render', 'paint'] as const;
  const medians = (list: Measure[]) => ({
    ...Object.fromEntries(
      parts.map((part) => [
        part,
        round(
          percentile(
            list.map((m) => m[part]),
            50,
          ),
          2,
        ),
      ]),
    ),
    files: percentile(
      list.map((m) => m.files),
      50,
    ),
  });
  const p50p95 = (times: number[]) => ({ p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) });
  // The first hits painted, when the leading ones were shown before the rest (timing.ts: firstPaint), and how often that was.
  const firstHits = (list: Measure[]) => ({
    ...p50p95(list.map((m) => m.firstPaint)),
    early: list.filter((m) => m.leading > 0).length,
    of: list.length,
  });
  const typedQueries = queries.filter((query) => TYPED_KINDS.includes(query.kind));
  for (const surface of ['page', 'box'] as const) {
    const { input } = SURFACES[surface];
    // First query after a page load, a fresh browser context each time (empty cache, engine not loaded).
    const cold: { ms: number; kb: number; indexKb: number; files: number; measure: Measure }[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const query = queries[(run * 7) % queries.length]!;
      // Everything fetched from the navigation on counts: the page, its scripts, the engine, the index.
      await host.takeLog();
      const { context, page } = await open(browser, origin, surface);
      const measure = await timeQuery(page, input, query.text);
      const fetched = await host.takeLog();
      const kb = (list: HostedRequest[]) => list.reduce((sum, r) => sum + r.wire, 0) / 1024;
      cold.push({
        ms: measure.duration,
        kb: kb(fetched),
        indexKb: kb(fetched.filter((r) => r.path.endsWith('.json'))),
        files: measure.files,
        measure,
      });
      await context.close();
    }
    // The first query typed instead, on a fresh page too: the wait after its last key.
    const coldTyped: number[] = [];
    for (let run = 0; run < Math.min(coldRuns, typedQueries.length); run++) {
      const query = typedQueries[(run * 7) % typedQueries.length]!;
      const { context, page } = await open(browser, origin, surface);
      coldTyped.push((await typeQuery(page, input, query.text, keyGap, query.kind)).measures.at(-1)!.duration);
      await context.close();
    }
    // Warm, pasted: one page, every ranking query put into the box whole (one input event each).
    let { context, page } = await open(browser, origin, surface);
    await timeQuery(page, input, 'warm');
    const pasted: (Measure & { kind: RankingQuery['kind'] })[] = [];
    for (const query of queries) pasted.push({ ...(await timeQuery(page, input, query.text)), kind: query.kind });
    await context.close();
    // Warm, typed: a fresh page, the typed kinds key by key; the last key's answer and every key's.
    ({ context, page } = await open(browser, origin, surface));
    await timeQuery(page, input, 'warm');
    await watchLongTasks(page);
    const lastKey: (Measure & { kind: RankingQuery['kind'] })[] = [];
    const everyKey: Measure[] = [];
    let keys = 0;
    for (const query of typedQueries) {
      const typed = await typeQuery(page, input, query.text, keyGap, query.kind);
      keys += typed.inputs;
      everyKey.push(...typed.measures);
      lastKey.push({ ...typed.measures.at(-1)!, kind: query.kind });
    }
    const longTasks = await takeLongTasks(page);
    await context.close();

    breakdown[`${surface}, typed, last key`] = medians(lastKey);
    breakdown[`${surface}, pasted`] = medians(pasted);
    breakdown[`${surface}, first query`] = medians(cold.map((c) => c.measure));
    const byKind = (list: (Measure & { kind: RankingQuery['kind'] })[]) =>
      Object.fromEntries(QUERY_KINDS.map((kind) => [kind, p50p95(list.filter((m) => m.kind === kind).map((m) => m.duration))]));
    const pastedByKind = byKind(pasted);
    const typedByKind = byKind(lastKey);
    const entry = {
      typed: {
        lastKey: { ...p50p95(lastKey.map((m) => m.duration)), perKind: typedByKind },
        everyKey: { ...p50p95(everyKey.map((m) => m.duration)), keys, answered: everyKey.length },
        // How long a key waited for the page's thread (input event → its handler ran), and the
        // page's tasks of 50 ms or more while typing: what running the engine on the page costs.
        inputDelay: p50p95(everyKey.map((m) => m.queued)),
        longTasks: { count: longTasks.length, maxMs: round(Math.max(0, ...longTasks)) },
        keyGapMs: keyGap,
      },
      pasted: { ...p50p95(pasted.map((m) => m.duration)), perKind: pastedByKind },
      firstHits: { typed: firstHits(lastKey), pasted: firstHits(pasted), first: firstHits(cold.map((c) => c.measure)) },
      first: {
        ...p50p95(cold.map((c) => c.ms)),
        typedLastKey: p50p95(coldTyped),
        kbGzipP95: round(
          percentile(
            cold.map((c) => c.kb),
            95,
          ),
        ),
        indexKbGzipP95: round(
          percentile(
            cold.map((c) => c.indexKb),
            95,
          ),
        ),
        indexKbGzipMax: round(Math.max(...cold.map((c) => c.indexKb))),
      },
      breakdownP50: {
        typed: breakdown[`${surface}, typed, last key`],
        pasted: breakdown[`${surface}, pasted`],
        first: breakdown[`${surface}, first query`],
      },
    };
    results[surface] = entry;
    const pair = (value: { p50: number; p95: number }) => (Number.isNaN(value.p50) ? '' : `${value.p50} / ${value.p95}`);
    for (const kind of QUERY_KINDS) rows.push([surface, kind, pair(typedByKind[kind]!), pair(pastedByKind[kind]!), '', '', '']);
    const hits = (value: ReturnType<typeof firstHits>) => `${pair(value)} (${value.early}/${value.of} early)`;
    rows.push([
      surface,
      'all',
      `${pair(entry.typed.lastKey)} (every key ${pair(entry.typed.everyKey)}; input delay p95 ${entry.typed.inputDelay.p95}, ${longTasks.length} long tasks)`,
      pair(entry.pasted),
      `${pair(entry.first)} (typed, last key ${pair(entry.first.typedLastKey)})`,
      `${entry.first.indexKbGzipP95} / ${entry.first.kbGzipP95}`,
      `${hits(entry.firstHits.typed)}; ${hits(entry.firstHits.pasted)}; ${hits(entry.firstHits.first)}`,
    ]);
  }
  await browser.close();
  await host.close();

  const header = [
    'surface',
    'queries',
    'typed, last key p50 / p95 ms',
    'pasted p50 / p95 ms',
    'first query pasted p50 / p95 ms',
    'KB gzip before 1st result (index / all) p95',
    'first hits painted: typed; pasted; first query p50 / p95 ms',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nSearch over ${read.length} synthetic papers (site: ${siteKind}), ${queries.length} ranking queries (${typedQueries.length} also typed, ${keyGap} ms a key), ${coldRuns} cold loads per surface; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  for (const [surface, parts] of Object.entries(breakdown)) {
    console.log(
      `${surface}, p50 (ms): ${Object.entries(parts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  console.log(`engine alone in Node, files parsed: p50 ${round(percentile(engineMs, 50))} ms, p95 ${round(percentile(engineMs, 95))} ms`);
  console.log(`ranking set: MRR ${round(mrr, 3)}, ${queries.length - missed.length}/${queries.length} in the top 3`);
  for (const miss of missed.slice(0, 8))
    console.log(`  missed: ${miss.kind} "${miss.text}" → ${miss.expect} (got ${miss.ranked.slice(0, 3).join(', ')})`);
  const stats = index.stats;
  console.log(`index: ${stats.terms} terms, ${stats.postings} postings, ${index.files.size} files, built in ${Math.round(indexMs)} ms`);
  console.log(
    JSON.stringify({
      papers: read.length,
      site: siteKind,
      queries: queries.length,
      mrr: round(mrr, 3),
      engineAlone: { p50: round(percentile(engineMs, 50)), p95: round(percentile(engineMs, 95)) },
      ...results,
      index: stats,
    }),
  );
}

await main();
