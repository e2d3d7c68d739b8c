import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '@/ingest';
import { renderPaper } from '@/loader/render-paper';

/**
 * Property-based tests of ingestion: whatever bytes arrive, `ingestFile` ends with a paper or an
 * error diagnostic, never throws, never reports its own bug (`internal-error`), and answers within
 * a time bound per file; every paper it produces also renders.
 */

// The bound is on this process's CPU time, not wall time: on a busy machine (load 20–30 on two cores)
// the slowest case, about 1 s of CPU, took up to 23 s of wall time, while its CPU time stays put.
// 5 s still leaves a machine half as fast room, and catches the super-linear blow-ups it is for.
const PER_FILE_MS = 5000;
/**
 * Runs per property. A case is one read and render (about 7 ms of CPU on average, most of it
 * rendering the seed), so these keep each property near 2 s of CPU on a quiet core (mutated copies
 * took 7 s at 1,000 runs). fast-check draws a new seed on every run, so what fewer runs miss on one
 * run, later runs cover.
 */
const RUNS = { bytes: 1000, text: 500, truncated: 500, mutated: 300, junk: 200 };
/**
 * What these tests check is CPU time (PER_FILE_MS per case); their wall-clock timeout only catches a
 * hang, so it leaves a busy machine room: a hostile shape read three ways at the CPU bound, with a
 * shared core stretching that fourfold.
 */
const HANG_TIMEOUT_MS = 3 * PER_FILE_MS * 4;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const REAL = new URL('../../../shared/corpus/real/', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(md|markdown|txt)$/.test(name) ? [path] : [];
  });
}

// Our fixtures, plus the real files when the shared corpus is checked out next to the repository.
// The two huge hostile fixtures are read whole by their own tests; mutating them would only measure remark.
const SEED_LIMIT = 64 * 1024;
const SEEDS = [...filesUnder(FIXTURES), ...filesUnder(REAL)]
  .map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }))
  .filter(({ bytes }) => bytes.length <= SEED_LIMIT);

const stats = { cases: 0, papers: 0, rejected: 0, slowestMs: 0 };

async function expectReadable(bytes: Uint8Array, name = 'fuzz.md'): Promise<void> {
  const start = process.cpuUsage();
  const result = await ingestFile(name, bytes);
  if (result.paper) renderPaper(result.paper, '/');
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  stats.cases += 1;
  stats.slowestMs = Math.max(stats.slowestMs, ms);
  if (result.paper) stats.papers += 1;
  else stats.rejected += 1;
  const codes = result.diagnostics.map((d) => d.code);
  expect(codes, 'our own bug').not.toContain('internal-error');
  expect(result.paper !== null || result.diagnostics.some((d) => d.severity === 'error'), 'a paper or an error').toBe(true);
  expect(ms, `${name} took ${ms.toFixed(0)} ms of CPU`).toBeLessThan(PER_FILE_MS);
}

const encode = (text: string) => new TextEncoder().encode(text);
const seed = fc.constantFrom(...SEEDS);
// Bytes that mean something to some stage: line ends, NUL, the control characters eaten LaTeX
// leaves, Markdown and HTML syntax, front matter fences, a UTF-8 lead byte without its tail.
const interesting = fc.constantFrom(0x00, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x24, 0x3c, 0x3e, 0x2d, 0x23, 0x5c, 0x7b, 0x7d, 0xe4, 0xef, 0xff);
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'insert', 'delete'),
  byte: fc.oneof(interesting, fc.integer({ min: 0, max: 255 })),
});

function mutate(bytes: Uint8Array, mutations: { at: number; kind: string; byte: number }[]): Uint8Array {
  const out = [...bytes];
  for (const { at, kind, byte } of mutations) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (kind === 'replace' && out.length > 0) out[i] = byte;
    else if (kind === 'insert') out.splice(i, 0, byte);
    else out.splice(i, 1);
  }
  return Uint8Array.from(out);
}

const DIGEST_HEAD = readFileSync(join(FIXTURES, 'digest/short.md'), 'utf8');
const CANONICAL_HEAD = '---\nid: "2501.09999"\ntitle: Deep\npublished: 2025-01-01\n---\n\n## Method\n\n';

/**
 * Hostile shapes inside files that are otherwise valid, so they reach the parsers and the renderer.
 * Sizes stay where remark answers within the bound: nested lists, runs of emphasis delimiters and
 * brackets cost it superlinear time (measured: 500 nested list levels, 250 KB, take 3 s; 5,000 `*_`
 * pairs take 3 s), so larger ones are a known limit, not a regression this test would catch.
 */
const DEEP: Record<string, string> = {
  'ten thousand nested quotes': `${'>'.repeat(10_000)} deep`,
  'quote lines 250 levels deep': Array.from({ length: 250 }, (_, i) => `${'> '.repeat(i)}x`).join('\n'),
  'lists 150 levels deep': Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
  'ten thousand nested brackets': `${'['.repeat(10_000)}x${']'.repeat(10_000)}`,
  'a thousand nested emphasis delimiters': `${'*_'.repeat(1000)}x${'_*'.repeat(1000)}`,
  'ten thousand nested html elements': `${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}`,
  'nested braces in math': `$${'{'.repeat(5000)}x${'}'.repeat(5000)}$`,
  'unclosed math': '$'.repeat(20_000),
  'a one-megabyte line': 'a'.repeat(1_000_000),
  'a line of ten thousand links': '[x](y) '.repeat(10_000),
  'five thousand headings': '## h\n'.repeat(5000),
  'a table of five thousand columns': `|${' a |'.repeat(5000)}\n|${' - |'.repeat(5000)}`,
};

describe('ingestFile on fuzzed input', { timeout: HANG_TIMEOUT_MS }, () => {
  beforeAll(async () => {
    // The first damaged file loads the encoding repair's dictionary; keep that out of the time bound.
    for (const { path, bytes } of SEEDS) await ingestFile(path, bytes);
  }, 60_000);

  it('has seed files to mutate', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(20);
  });

  it('reads every seed file unchanged', async () => {
    for (const { path, bytes } of SEEDS) await expectReadable(bytes, path);
  });

  it('reads random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) => expectReadable(bytes)),
      { numRuns: RUNS.bytes },
    );
  });

  it('reads random text in every script, with and without a front matter fence', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 2000 });
    await fc.assert(
      fc.asyncProperty(fc.boolean(), text, (fence, body) => expectReadable(encode(fence ? `---\n${body}` : body))),
      { numRuns: RUNS.text },
    );
  });

  it('reads truncated copies of the fixtures and real files', async () => {
    await fc.assert(
      fc.asyncProperty(seed, fc.double({ min: 0, max: 1, noNaN: true }), ({ path, bytes }, cut) =>
        expectReadable(bytes.slice(0, Math.floor(bytes.length * cut)), path),
      ),
      { numRuns: RUNS.truncated },
    );
  });

  it('reads mutated copies of the fixtures and real files', async () => {
    await fc.assert(
      fc.asyncProperty(seed, fc.array(mutation, { minLength: 1, maxLength: 40 }), ({ path, bytes }, mutations) =>
        expectReadable(mutate(bytes, mutations), path),
      ),
      { numRuns: RUNS.mutated },
    );
  });

  it('reads binary junk spliced into real files', async () => {
    await fc.assert(
      fc.asyncProperty(seed, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 2048 }), ({ path, bytes }, at, junk) => {
        const i = bytes.length === 0 ? 0 : at % bytes.length;
        return expectReadable(Uint8Array.from([...bytes.slice(0, i), ...junk, ...bytes.slice(i)]), path);
      }),
      { numRuns: RUNS.junk },
    );
  });

  it.each(Object.entries(DEEP))('reads %s in a digest and in a canonical entry', async (_, body) => {
    await expectReadable(encode(`${CANONICAL_HEAD}${body}\n`), 'deep.md');
    await expectReadable(
      encode(DIGEST_HEAD.replace('## 📄 摘要（原文）', `## 🔬 方法详解\n\n${body}\n\n## 📄 摘要（原文）`)),
      'deep-digest.md',
    );
    await expectReadable(encode(body), 'deep-bare.md');
  });

  it('reads hostile front matter: alias bombs, deep nesting, prototype keys, unknown tags', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`).join('\n');
    const cases = [
      `---\nl0: &l0 lol\n${laughs}\ntitle: *l9\nkeywords: *l9\n---\n\n## Method\n\nx\n`,
      `---\ntitle: x\nabstract: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
      `---\ntitle: x\nabstract:\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} v\n---\n`,
      '---\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\ntitle: !!js/function "function(){}"\n---\n',
      `---\ntitle: "${'\\u0000'.repeat(1000)}"\nauthors: ${'- a\n'.repeat(20_000)}---\n`,
    ];
    for (const text of cases) await expectReadable(encode(text), 'front-matter.md');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports the run', () => {
    console.info(
      `ingest fuzz: ${stats.cases} cases, ${stats.papers} papers, ${stats.rejected} rejected, slowest ${stats.slowestMs.toFixed(0)} ms of CPU`,
    );
    // Every property ran all its runs (a property that stops early or never starts fails here).
    const expected = SEEDS.length + Object.values(RUNS).reduce((sum, runs) => sum + runs, 0) + 3 * Object.keys(DEEP).length + 5;
    expect(stats.cases).toBe(expected);
  });
});
