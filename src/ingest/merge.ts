/**
 * Merges papers that share an arXiv id (the archive files one paper under several categories,
 * and v1/v2 separately): the newest version wins, categories are united, the merge is reported.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { Paper } from './schema.ts';
import { uniqueList } from './normalize.ts';

/** Newer first: higher arXiv version, then later update/publication date, then path for a stable order. */
function compareNewestFirst<T extends Paper>(a: T, b: T): number {
  return (
    (b.arxivVersion ?? 0) - (a.arxivVersion ?? 0) ||
    (b.updated ?? b.published ?? '').localeCompare(a.updated ?? a.published ?? '') ||
    a.source.path.localeCompare(b.source.path)
  );
}

export function mergePapers<T extends Paper>(papers: readonly T[]): { papers: T[]; diagnostics: Diagnostic[] } {
  const byId = new Map<string, T[]>();
  for (const paper of papers) {
    const group = byId.get(paper.id);
    if (group) group.push(paper);
    else byId.set(paper.id, [paper]);
  }
  const merged: T[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const group of byId.values()) {
    if (group.length === 1) {
      merged.push(group[0]!);
      continue;
    }
    const [winner, ...others] = [...group].sort(compareNewestFirst) as [T, ...T[]];
    merged.push({
      ...winner,
      // The winner's primary category stays first.
      categories: uniqueList([winner, ...others].flatMap((p) => p.categories)),
      published:
        group
          .map((p) => p.published)
          .filter(Boolean)
          .sort()[0] ?? winner.published,
      source: { ...winner.source, mergedFrom: others.map((p) => p.source.path) },
    });
    diagnostics.push({
      file: winner.source.path,
      severity: 'info',
      code: 'merged-duplicates',
      message: `paper ${winner.id} also appears in ${others.map((p) => p.source.path).join(', ')}; kept this file (newest version) and united the categories`,
    });
  }
  return { papers: merged, diagnostics };
}
