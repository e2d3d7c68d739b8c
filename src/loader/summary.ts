/** One-paragraph summary of a read: counts of papers, formats, repairs, merges and problems. */
import type { ReadResult } from './read-papers.ts';

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function summarizeDiagnostics({ papers, diagnostics, stats }: ReadResult): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const skippedFiles = new Set(errors.map((d) => d.file)).size;
  const merges = diagnostics.filter((d) => d.code === 'merged-duplicates').length;
  return [
    `${papers.length} papers from ${stats.files} files (${stats.cached} unchanged since last build) in ${seconds(stats.readMs)} (wall time)`,
    // Worker times add up across threads, so they are told apart from the wall time above.
    `work: parse ${seconds(stats.parseMs)}, render ${seconds(stats.renderMs)}${stats.threads > 1 ? `, summed over ${stats.threads} worker threads` : ''}`,
    `formats: ${countBy(papers, (p) => `${p.source.format}/${p.source.variant}`)}`,
    `repairs: ${countBy(
      papers.flatMap((p) => p.source.repairs),
      (r) => r,
    )}`,
    `merged duplicates: ${merges}; skipped files: ${skippedFiles}; errors: ${errors.length}; warnings: ${warnings.length}`,
  ].join('\n');
}
