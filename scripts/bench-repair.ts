// Benchmarks the mojibake repair on the shared seed, on clean papers damaged the same way (alone,
// and learning from the other papers as the site does), per file with the worst files, and on the
// bundled damaged sample page.
// Usage: npm run bench:repair   (needs ../shared beside the repository; skips without it)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listSummaryFiles } from '../src/loader/files.ts';
import { mayBeMojibake } from '../src/ingest/repair/mojibake-detect.ts';
import { damageLikeCp1254 } from './lib/damage.ts';
import { DIGEST_CORE_LABELS } from '../src/ingest/formats/digest-labels.ts';
import { repairMojibake } from '../src/ingest/repair/mojibake.ts';
import { loadDictionaryModel } from '../src/ingest/repair/mojibake-model.ts';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const CLEAN_DIR = join(SHARED, 'corpus', 'real', 'A');

if (!existsSync(CLEAN_DIR)) {
  console.log(`bench:repair skipped: ${SHARED} is absent (it holds the seed and the clean corpus).`);
  process.exit(0);
}

const loadStart = performance.now();
await loadDictionaryModel();
const dictionaryMs = performance.now() - loadStart;
console.log(`dictionary loaded in ${dictionaryMs.toFixed(0)} ms`);

const seeds = readdirSync(join(SHARED, 'seeds')).filter((name) => name.startsWith('000_'));
let seedReplacementChars = 0;
const missingLabels: string[] = [];
for (const name of seeds) {
  const damaged = readFileSync(join(SHARED, 'seeds', name), 'utf8');
  const repaired = (await repairMojibake(damaged))?.text ?? damaged;
  seedReplacementChars += countOf(repaired, '\uFFFD');
  missingLabels.push(...DIGEST_CORE_LABELS.filter((label) => !repaired.includes(label)));
  console.log(`${name}: ${countOf(repaired, '\uFFFD')} U+FFFD after repair`);
}
console.log(missingLabels.length === 0 ? 'every label exact' : `labels not restored: ${missingLabels.join(', ')}`);

const names = readdirSync(CLEAN_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
const texts = names.map((name) => readFileSync(join(CLEAN_DIR, name), 'utf8'));
const alone = await restoreAll(() => undefined);
// Leave-one-out: the site learns from its other, clean papers.
const contexts = texts.map((_, i) => texts.filter((__, j) => j !== i));
const learning = await restoreAll((i) => contexts[i]);
console.log(
  `damaged ${names.length} clean files: ${alone.percent.toFixed(2)}% of non-ASCII characters restored, ${alone.msPerFile.toFixed(1)} ms/file`,
);
console.log(`with the other files as context: ${learning.percent.toFixed(2)}% restored, ${learning.msPerFile.toFixed(1)} ms/file`);
console.log('per file, with context (restored / non-ASCII characters):');
const ranked = learning.files.map((file, i) => ({ ...file, name: names[i]! })).sort((a, b) => a.restored / a.total - b.restored / b.total);
for (const file of ranked)
  console.log(`  ${file.name.padEnd(16)} ${percentOf(file).padStart(7)}  ${file.total - file.restored} wrong of ${file.total}`);
console.log(
  `worst files: ${ranked
    .slice(0, 3)
    .map((file) => `${file.name} ${percentOf(file)}`)
    .join(', ')}`,
);

// The sample page: damaged from our own clean fixture, repaired learning from the sample's clean papers.
const ROOT = join(import.meta.dirname, '..');
const sampleClean = readFileSync(join(ROOT, 'tests', 'fixtures', 'samples', 'damaged-digest.clean.md'), 'utf8');
const sampleTexts = (await listSummaryFiles(join(ROOT, 'content', 'papers')))
  .map((file) => readFileSync(file.absolutePath, 'utf8'))
  .filter((text) => !mayBeMojibake(text));
const sampleRepaired = (await repairMojibake(damageLikeCp1254(sampleClean), { learnFrom: sampleTexts }))?.text ?? '';
const sample = compare(sampleClean, sampleRepaired);
console.log(
  `sample page (${relative(ROOT, join(ROOT, 'content', 'papers', 'digest'))}, ${sampleTexts.length} clean papers to learn from): ` +
    (sample.wrong.length === 0 ? 'every character right' : `${sample.wrong.length} wrong: ${sample.wrong.join(' ')}`),
);

console.log(
  JSON.stringify({
    seedFiles: seeds.length,
    seedReplacementChars,
    seedLabelsExact: missingLabels.length === 0,
    sampleWrongChars: sample.wrong.length,
    files: names.length,
    restoredPercent: round(alone.percent),
    restoredPercentWithContext: round(learning.percent),
    msPerFile: round(alone.msPerFile),
    msPerFileWithContext: round(learning.msPerFile),
    dictionaryLoadMs: round(dictionaryMs),
  }),
);

interface FileScore {
  total: number;
  restored: number;
}

async function restoreAll(
  contextOf: (index: number) => string[] | undefined,
): Promise<{ percent: number; msPerFile: number; files: FileScore[] }> {
  let total = 0;
  let restored = 0;
  let elapsed = 0;
  const files: FileScore[] = [];
  for (const [i, clean] of texts.entries()) {
    const damaged = damageLikeCp1254(clean);
    const learnFrom = contextOf(i);
    const start = performance.now();
    const repaired = (await repairMojibake(damaged, learnFrom ? { learnFrom } : {}))?.text ?? damaged;
    elapsed += performance.now() - start;
    const file = compare(clean, repaired);
    files.push(file);
    total += file.total;
    restored += file.restored;
  }
  return { percent: (100 * restored) / total, msPerFile: elapsed / texts.length, files };
}

/** Non-ASCII characters of `clean` that came back, line by line so one bad line cannot shift the rest. */
function compare(clean: string, repaired: string): FileScore & { wrong: string[] } {
  const gotLines = repaired.split('\n');
  const score = { total: 0, restored: 0, wrong: [] as string[] };
  clean.split('\n').forEach((line, n) => {
    const got = [...(gotLines[n] ?? '')];
    [...line].forEach((char, k) => {
      if (char.charCodeAt(0) < 0x80) return;
      score.total++;
      if (got[k] === char) score.restored++;
      else score.wrong.push(`${char}→${got[k] ?? '∅'}`);
    });
  });
  return score;
}

function percentOf(file: FileScore): string {
  return `${((100 * file.restored) / file.total).toFixed(2)}%`;
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
