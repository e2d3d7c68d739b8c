/**
 * `npm run bench:search -- --papers N [--seed S]`
 * Generates N synthetic digest papers (scripts/lib/synthetic-corpus.ts), reads them with the site's
 * own ingestion, builds the search index with the site's builder, serves it with a tiny test page
 * from 127.0.0.1, and measures in headless Chromium: index bytes fetched before the first result
 * (raw and gzip), time from the first keystroke to the first results on a cold page, and query
 * latency p50/p95 over a fixed set of queries; then the same for a plain `new Fuse(records)`
 * over the short fields. Prints a table; the last line is one JSON object with the figures.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { ingestFile } from '../src/ingest/index';
import { mergePapers } from '../src/ingest/merge';
import type { Paper } from '../src/ingest/schema';
import { buildSearchIndex, plainText } from '../src/search/build-index';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/browser';
import { makeRandom, writeSyntheticCorpus, type SyntheticCorpus } from './lib/synthetic-corpus';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const papers = Number(arg('--papers', '1000'));
const seed = Number(arg('--seed', '42'));
const root = resolve('bench-out');
const corpusDir = join(root, `search-papers-${papers}`);

interface Query {
  kind: 'english' | 'chinese' | 'author' | 'id' | 'typo' | 'multi';
  text: string;
}

/** At least 40 fixed queries of every kind, drawn from the corpus with a fixed seed. */
function makeQueries(corpus: SyntheticCorpus): Query[] {
  const random = makeRandom(seed + 1);
  const pick = <T>(list: readonly T[], limit = list.length) => list[Math.floor(random() * Math.min(limit, list.length))]!;
  const long = corpus.englishWords.filter((w) => w.length >= 7);
  const typo = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const queries: Query[] = [
    ...['diffusion', 'transformer', 'reinforcement', 'alignment'].map((text) => ({ kind: 'english' as const, text })),
    ...Array.from({ length: 5 }, () => ({ kind: 'english' as const, text: pick(corpus.englishWords, 800) })),
    ...['扩散模型', '强化学习', '大语言模型'].map((text) => ({ kind: 'chinese' as const, text })),
    ...Array.from({ length: 5 }, () => ({ kind: 'chinese' as const, text: pick(corpus.chineseWords, 1500) })),
    { kind: 'chinese', text: pick(corpus.chineseWords, 300) + pick(corpus.chineseWords, 300) },
    ...Array.from({ length: 5 }, () => ({ kind: 'author' as const, text: pick(corpus.authors, 300) })),
    ...Array.from({ length: 2 }, () => ({ kind: 'author' as const, text: pick(corpus.authors, 300).split(' ')[1]! })),
    ...Array.from({ length: 6 }, () => ({ kind: 'id' as const, text: pick(corpus.ids) })),
    { kind: 'typo', text: 'difusion' },
    { kind: 'typo', text: 'transfomer' },
    ...Array.from({ length: 5 }, () => ({ kind: 'typo' as const, text: typo(pick(long, 600)) })),
    { kind: 'multi', text: 'diffusion distillation' },
    { kind: 'multi', text: 'robot 强化学习' },
    ...Array.from({ length: 4 }, () => ({
      kind: 'multi' as const,
      text: `${pick(corpus.englishWords, 60)} ${pick(corpus.englishWords, 400)}`,
    })),
    { kind: 'multi', text: `${pick(corpus.authors, 300).split(' ')[1]} ${pick(corpus.englishWords, 100)}` },
  ];
  return queries;
}

async function readCorpus(files: string[]): Promise<Paper[]> {
  const read: Paper[] = [];
  for (const file of files) {
    const { paper } = await ingestFile(relative(corpusDir, file), await readFile(file));
    if (paper) read.push(paper);
  }
  return mergePapers(read).papers;
}

/** Files the test server may serve, by path; every request is logged with its size. */
type Served = Map<string, { body: Buffer; type: string; gzip: number }>;

function serve(files: Served, log: { path: string; bytes: number; gzip: number }[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = files.get(path);
    if (!file || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    log.push({ path, bytes: file.body.length, gzip: file.gzip });
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length, 'Cache-Control': 'no-store' });
    response.end(file.body);
  });
  server.requestTimeout = 30_000;
  server.maxConnections = 64;
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title><input id="q">
<script type="module">
const input = document.getElementById('q');
let worker, next = 0; const pending = new Map();
function ours(query) {
  worker ??= new Worker('/worker.js', { type: 'module' });
  worker.onmessage = ({ data }) => { pending.get(data.id)?.(data); pending.delete(data.id); };
  return new Promise((resolve) => { const id = next++; pending.set(id, resolve);
    worker.postMessage({ id, type: 'search', indexUrl: location.origin + '/search/', request: { query, limit: 10 } }); });
}
let fuse;
async function baseline(query) {
  if (!fuse) {
    const { default: Fuse } = await import('/fuse.mjs');
    const records = await (await fetch('/baseline.json')).json();
    fuse = new Fuse(records, { keys: [{ name: 't', weight: 3 }, { name: 'k', weight: 2 }, 'a', 'w', 'c', 'i'], threshold: 0.34, ignoreLocation: true });
  }
  return fuse.search(query, { limit: 10 });
}
window.bench = {
  async time(engine, query) { const t = performance.now(); const r = engine === 'ours' ? await ours(query) : await baseline(query);
    const total = engine === 'ours' ? r.response.total : r.length; return { ms: performance.now() - t, total }; },
};
input.addEventListener('input', async () => {
  const t = performance.now();
  const engine = input.dataset.engine;
  const r = await window.bench.time(engine, input.value);
  window.firstResult = { ms: performance.now() - t, total: r.total };
}, { once: true });
</script>`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main() {
  const started = performance.now();
  rmSync(corpusDir, { recursive: true, force: true });
  const corpus = writeSyntheticCorpus(corpusDir, papers, { seed });
  const read = await readCorpus(corpus.files);
  const buildStart = performance.now();
  const index = buildSearchIndex(read);
  const buildMs = performance.now() - buildStart;
  console.log(`${read.length} papers read in ${round((buildStart - started) / 1000)} s; index built in ${Math.round(buildMs)} ms`);

  const bundled = await build({
    entryPoints: ['src/search/worker.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    define: { 'import.meta.env.BASE_URL': '"/"' },
  });
  const files: Served = new Map();
  const add = (path: string, body: Uint8Array | string, type: string) => {
    const buffer = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    files.set(path, { body: buffer, type, gzip: gzipSync(buffer).length });
  };
  add('/bench.html', PAGE, 'text/html; charset=utf-8');
  add('/worker.js', bundled.outputFiles[0]!.contents, 'text/javascript');
  add('/fuse.mjs', readFileSync('node_modules/fuse.js/dist/fuse.mjs'), 'text/javascript');
  for (const [name, content] of index.files) add(`/search/${name}`, content, 'application/json');
  const records = read.map((p) => ({
    i: p.id,
    t: plainText(p.title),
    a: p.authors.join(', '),
    k: p.keywords.join(' '),
    w: plainText(p.takeaway),
    c: p.categories.join(' '),
  }));
  add('/baseline.json', JSON.stringify(records), 'application/json');

  const log: { path: string; bytes: number; gzip: number }[] = [];
  const server = await serve(files, log);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_FLAGS });
  const queries = makeQueries(corpus);

  /** A fresh page, the query "typed" in one go, time to the first answer and what was fetched. */
  async function cold(engine: 'ours' | 'baseline', query: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    log.length = 0;
    await page.evaluate(
      ([engine, query]) => {
        const input = document.getElementById('q') as HTMLInputElement;
        input.dataset.engine = engine;
        input.value = query!;
        input.dispatchEvent(new Event('input'));
      },
      [engine, query],
    );
    await page.waitForFunction(() => 'firstResult' in window, null, { timeout: 600_000 });
    const first = await page.evaluate(() => (window as unknown as { firstResult: { ms: number; total: number } }).firstResult);
    const index = log.filter((entry) => entry.path.startsWith('/search/') || entry.path === '/baseline.json');
    const code = log.filter((entry) => entry.path.endsWith('.js') || entry.path.endsWith('.mjs'));
    const sum = (list: typeof log, key: 'bytes' | 'gzip') => list.reduce((total, entry) => total + entry[key], 0);
    const result = {
      ms: first.ms,
      total: first.total,
      indexBytes: sum(index, 'bytes'),
      indexGzip: sum(index, 'gzip'),
      codeGzip: sum(code, 'gzip'),
      requests: index.length,
    };
    return { page, context, result };
  }

  async function latencies(page: Page, engine: 'ours' | 'baseline') {
    const times: number[] = [];
    const repeat: number[] = [];
    const totals: Record<string, number> = {};
    for (const query of queries) {
      const first = await page.evaluate(
        ([e, q]) =>
          (window as unknown as { bench: { time(e: string, q: string): Promise<{ ms: number; total: number }> } }).bench.time(e!, q!),
        [engine, query.text],
      );
      times.push(first.ms);
      totals[query.text] = first.total;
      if (engine === 'ours') {
        const again = await page.evaluate(
          ([e, q]) =>
            (window as unknown as { bench: { time(e: string, q: string): Promise<{ ms: number; total: number }> } }).bench.time(e!, q!),
          [engine, query.text],
        );
        repeat.push(again.ms);
      }
    }
    return { times, repeat, totals };
  }

  const figures: Record<string, unknown> = {
    papers: read.length,
    queries: queries.length,
    indexBuildMs: Math.round(buildMs),
    index: index.stats,
  };
  const rows: string[][] = [];
  for (const engine of ['ours', 'baseline'] as const) {
    const colds = [];
    let kept: Awaited<ReturnType<typeof cold>> | undefined;
    for (const query of ['diffusion', '扩散模型', corpus.ids[0]!]) {
      const run = await cold(engine, query);
      colds.push(run.result);
      if (!kept) kept = run;
      else await run.context.close();
    }
    const { times, repeat, totals } = await latencies(kept!.page, engine);
    await kept!.context.close();
    const worstCold = colds.reduce((a, b) => (b.indexGzip > a.indexGzip ? b : a));
    const entry = {
      coldFirstResultMs: colds.map((c) => round(c.ms)),
      bytesBeforeFirstResult: {
        raw: worstCold.indexBytes,
        gzip: worstCold.indexGzip,
        requests: worstCold.requests,
        codeGzip: worstCold.codeGzip,
      },
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      max: round(Math.max(...times)),
      ...(repeat.length ? { repeatP50: round(percentile(repeat, 50)), repeatP95: round(percentile(repeat, 95)) } : {}),
      findsDifusion: (totals['difusion'] ?? 0) > 0,
      zeroResultQueries: queries.filter((q) => !totals[q.text]).map((q) => q.text),
    };
    figures[engine] = entry;
    rows.push([
      engine === 'ours' ? 'papershelf index' : 'new Fuse(records)',
      `${round(entry.bytesBeforeFirstResult.raw / 1024)} / ${round(entry.bytesBeforeFirstResult.gzip / 1024)} KB`,
      entry.coldFirstResultMs.join(' / '),
      `${entry.p50} / ${entry.p95}`,
      entry.repeatP50 === undefined ? '-' : `${entry.repeatP50} / ${entry.repeatP95}`,
      entry.findsDifusion ? 'yes' : 'no',
    ]);
  }
  await browser.close();
  server.close();

  const header = [
    'engine',
    'index fetched before 1st result (raw / gzip)',
    'cold 1st result ms (en / zh / id)',
    'p50 / p95 ms',
    'repeat p50 / p95 ms',
    '"difusion"',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nSearch over ${read.length} synthetic papers, ${queries.length} queries (${[...new Set(queries.map((q) => q.kind))].join(', ')})`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  const stats = index.stats;
  console.log(
    `index: ${stats.terms} terms (${stats.vocabulary} in the vocabulary), ${stats.postings} postings; ` +
      `${index.manifest.termShards.length} term shards, ${index.manifest.docShards.length} record shards; ` +
      `total ${round((stats.bytes.base + stats.bytes.terms + stats.bytes.docs) / 1024 / 1024, 2)} MB raw (base ${round(stats.bytes.base / 1024)} KB)`,
  );
  console.log(JSON.stringify(figures));
}

await main();
