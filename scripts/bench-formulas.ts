// Formulas left broken after ingestion, on a synthetic archive whose formulas carry every kind of
// damage the pipeline mends (scripts/lib/damaged-formulas.ts), and on ../shared's real files.
// Usage: npm run bench:formulas -- [--papers N] [--keep DIR]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '../src/ingest/diagnostics.ts';
import { readPapers } from '../src/loader/read-papers.ts';
import { defaultThreads } from '../src/loader/read-pool.ts';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const papers = Number(option('--papers') ?? 3000);
const dir = option('--keep') ?? mkdtempSync(join(tmpdir(), 'papershelf-formulas-'));

writeSyntheticCorpus(dir, papers, { seed: 18, mathShare: 0.3, formulaDamage: { undefinedEvery: 150 } });
await report(`synthetic archive, ${papers} papers`, dir);
const shared = join(import.meta.dirname, '..', '..', 'shared');
if (existsSync(shared)) await report("../shared's real files", shared);
if (!option('--keep')) rmSync(dir, { recursive: true, force: true });

async function report(label: string, folder: string): Promise<void> {
  const result = await readPapers({ dir: folder, base: '/', threads: defaultThreads() });
  const broken = result.diagnostics.filter((d) => d.code === 'math-error');
  const mended = new Map<string, number>();
  for (const paper of result.papers) {
    for (const repair of paper.source.repairs) if (repair.startsWith('math:')) mended.set(repair, (mended.get(repair) ?? 0) + 1);
  }
  console.log(`\n${label}: ${result.papers.length} papers read in ${(result.stats.readMs / 1000).toFixed(1)} s`);
  console.log(`papers with each formula repair: ${[...mended].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  console.log(`formulas left broken: ${broken.length}`);
  for (const d of broken) console.log(`  ${formatDiagnostic(d).split('\n')[0]}`);
}
