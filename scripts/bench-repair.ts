// Benchmarks the mojibake repair on the shared seed and on clean papers damaged the same way.
// Usage: npm run bench:repair   (needs ../shared beside the repository; skips without it)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

console.log(
  JSON.stringify({
    seedFiles: seeds.length,
    seedReplacementChars,
    seedLabelsExact: missingLabels.length === 0,
    files: names.length,
    restoredPercent: round(alone.percent),
    restoredPercentWithContext: round(learning.percent),
    msPerFile: round(alone.msPerFile),
    msPerFileWithContext: round(learning.msPerFile),
    dictionaryLoadMs: round(dictionaryMs),
  }),
);

async function restoreAll(contextOf: (index: number) => string[] | undefined): Promise<{ percent: number; msPerFile: number }> {
  let total = 0;
  let restored = 0;
  let elapsed = 0;
  for (const [i, clean] of texts.entries()) {
    const damaged = damageLikeCp1254(clean);
    const learnFrom = contextOf(i);
    const start = performance.now();
    const repaired = (await repairMojibake(damaged, learnFrom ? { learnFrom } : {}))?.text ?? damaged;
    elapsed += performance.now() - start;
    // Line by line, so one line left unrepaired cannot shift the rest of the comparison.
    const gotLines = repaired.split('\n');
    clean.split('\n').forEach((line, n) => {
      const got = [...(gotLines[n] ?? '')];
      [...line].forEach((char, k) => {
        if (char.charCodeAt(0) < 0x80) return;
        total++;
        if (got[k] === char) restored++;
      });
    });
  }
  return { percent: (100 * restored) / total, msPerFile: elapsed / texts.length };
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
