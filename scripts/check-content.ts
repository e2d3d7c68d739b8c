/**
 * `npm run check:content -- [files or folders…] [--json]`
 * Reads summary files with the same code as the site build and reports what it found:
 * a summary and every diagnostic, or with --json one JSON object per line. Exits 1 on any error.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/ingest/diagnostics';
import { readSiteConfig } from '../src/config';
import { listSummaryFiles, type SummaryFile } from '../src/loader/files';
import { readPapers, type ReadResult } from '../src/loader/read-papers';
import { defaultThreads } from '../src/loader/read-pool';
import { summarizeDiagnostics } from '../src/loader/summary';

async function filesFor(args: string[]): Promise<{ dir: string; files?: SummaryFile[] }> {
  if (args.length === 0) return { dir: readSiteConfig().papersDir };
  const files: SummaryFile[] = [];
  for (const arg of args) {
    const absolute = resolve(arg);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${arg}`);
    if (stat.isDirectory()) {
      for (const file of await listSummaryFiles(absolute)) files.push({ ...file, path: relative(process.cwd(), file.absolutePath) });
    } else files.push({ absolutePath: absolute, path: relative(process.cwd(), absolute) });
  }
  return { dir: process.cwd(), files };
}

function printJson({ papers, diagnostics }: ReadResult): void {
  for (const { html: _html, ...paper } of papers) console.log(JSON.stringify({ type: 'paper', ...paper }));
  for (const diagnostic of diagnostics) console.log(JSON.stringify({ type: 'diagnostic', ...diagnostic }));
}

function printReport(result: ReadResult): void {
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
  if (result.diagnostics.length > 0) console.log('');
  console.log(summarizeDiagnostics(result));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const target = await filesFor(args.filter((a) => a !== '--json'));
  // The build's own read: the same worker pool, one thread per core (PAPERSHELF_READ_THREADS overrides).
  const result = await readPapers({ dir: target.dir, files: target.files, base: '/', threads: defaultThreads() });
  if (json) printJson(result);
  else printReport(result);
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

// exitCode, not exit(): exiting at once would cut off output still flowing into a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`check:content: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
