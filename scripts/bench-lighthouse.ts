/**
 * `npm run bench:lighthouse [-- --no-build] [--runs N] [--paper ID]`
 * Builds the sample site (content/papers, or PAPERS_DIR) into dist-lighthouse/ with SITE_URL set,
 * serves it from 127.0.0.1 with the benchmarks' static host (scripts/lib/static-host.ts), and runs
 * Lighthouse (mobile, simulated throttling) in the system Chromium on the home page and on a paper
 * page with formulas (the first whose HTML links KaTeX's stylesheet, or --paper ID), N times each
 * (default 3) in a fresh browser. Prints the median of each category score per page, the audits that
 * cost points, and as the last line one JSON object with the figures. Reports are kept in
 * bench-out/lighthouse/. Exits with 1 when a median score is below 95. --no-build reuses the output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium, missingChromiumMessage } from '../tests/e2e/browser';
import { startStaticHost } from './lib/static-host';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const THRESHOLD = 95;

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const build = !process.argv.includes('--no-build');
const runs = Math.max(1, Number(arg('--runs', '3')));
const outDir = resolve(process.env.OUT_DIR || 'dist-lighthouse');
const reportDir = resolve('bench-out', 'lighthouse');

function buildSite(): void {
  console.log(`building the site into ${outDir} …`);
  const started = performance.now();
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    env: {
      ...process.env,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR || 'node_modules/.astro-lighthouse',
      SITE_URL: process.env.SITE_URL || 'https://papershelf.example',
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${`${run.stdout}\n${run.stderr}`.slice(-3000)}`);
  console.log(`built in ${Math.round((performance.now() - started) / 100) / 10} s`);
}

/** The paper page to measure: --paper ID, else the first (by id) whose HTML links KaTeX's stylesheet. */
function pickPaper(): string {
  const papers = join(outDir, 'papers');
  const wanted = arg('--paper', '');
  if (wanted) {
    if (!existsSync(join(papers, wanted, 'index.html'))) throw new Error(`no page ${join(papers, wanted, 'index.html')}`);
    return `/papers/${encodeURIComponent(wanted)}/`;
  }
  for (const id of readdirSync(papers).sort()) {
    const html = join(papers, id, 'index.html');
    if (existsSync(html) && /<link[^>]+href="[^"]*katex[^"]*\.css"/.test(readFileSync(html, 'utf8')))
      return `/papers/${encodeURIComponent(id)}/`;
  }
  throw new Error(`no paper page under ${papers} links KaTeX's stylesheet; pass --paper ID`);
}

interface AuditLoss {
  id: string;
  title: string;
  category: Category;
  score: number;
  weight: number;
  displayValue?: string;
}

interface Run {
  scores: Record<Category, number>;
  losses: AuditLoss[];
  metrics: Record<string, number>;
  warnings: string[];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

async function audit(url: string, chromePath: string, report: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: [...CATEGORIES] },
      undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const [json, html] = result.report as string[];
    writeFileSync(`${report}.json`, json!);
    writeFileSync(`${report}.html`, html!);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    const losses: AuditLoss[] = [];
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category]!;
      scores[category] = Math.round((entry.score ?? 0) * 100);
      for (const ref of entry.auditRefs) {
        const result = lhr.audits[ref.id]!;
        if (ref.weight > 0 && result.score !== null && result.score < 1)
          losses.push({
            id: ref.id,
            title: result.title,
            category,
            score: result.score,
            weight: ref.weight,
            ...(result.displayValue ? { displayValue: result.displayValue } : {}),
          });
      }
    }
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? NaN]));
    return { scores, losses, metrics, warnings: lhr.runWarnings };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<number> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(missingChromiumMessage());
  if (build) buildSite();
  else if (!existsSync(join(outDir, 'index.html'))) throw new Error(`no built site in ${outDir}: run without --no-build`);
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });

  const pages = { home: '/', paper: pickPaper() };
  const host = await startStaticHost(outDir);
  const origin = host.origin;
  const figures: Record<string, unknown> = { runs, formFactor: 'mobile', throttling: 'simulated', statistic: 'median' };
  const rows: string[][] = [];
  let failed = false;
  try {
    for (const [name, path] of Object.entries(pages)) {
      const results: Run[] = [];
      for (let i = 1; i <= runs; i++) {
        const run = await audit(origin + path, chromePath, join(reportDir, `${name}-${i}`));
        console.log(`${name} ${path} run ${i}/${runs}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}`);
        for (const warning of run.warnings) console.log(`  warning: ${warning.replace(/\s+/g, ' ')}`);
        results.push(run);
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]))])) as Record<Category, number>;
      const metrics = Object.fromEntries(METRICS.map((m) => [m, Math.round(median(results.map((r) => r.metrics[m]!)) * 1000) / 1000]));
      const losses = new Map<string, { loss: AuditLoss; runs: number }>();
      for (const run of results)
        for (const loss of run.losses) {
          const key = `${loss.category}/${loss.id}`;
          const seen = losses.get(key);
          if (seen) seen.runs++;
          else losses.set(key, { loss, runs: 1 });
        }
      figures[name] = { path, scores, metrics, failingAudits: [...losses.keys()] };
      rows.push([name, path, ...CATEGORIES.map((c) => String(scores[c]))]);
      if (CATEGORIES.some((c) => scores[c] < THRESHOLD)) failed = true;
      if (losses.size) {
        console.log(`${name}: audits that cost points (in how many of ${runs} runs)`);
        for (const { loss, runs: count } of [...losses.values()].sort((a, b) => a.loss.category.localeCompare(b.loss.category)))
          console.log(
            `  ${loss.category}: ${loss.id} (${count}/${runs}, score ${loss.score}, weight ${loss.weight}) ${loss.title}` +
              (loss.displayValue ? ` — ${loss.displayValue}` : ''),
          );
      }
    }
  } finally {
    await host.close();
  }

  const header = ['page', 'path', ...CATEGORIES];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nLighthouse, mobile, median of ${runs} run(s) per page (performance varies from run to run on a busy machine)`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log(`reports: ${reportDir}/`);
  if (failed) console.log(`a median score is below ${THRESHOLD}`);
  figures['ok'] = !failed;
  console.log(JSON.stringify(figures));
  return failed ? 1 : 0;
}

process.exitCode = await main();
