/**
 * The paths a paper will take in the built site, checked once for the build and for
 * `npm run check:content` alike (both read through readPapers): its id's slug (paperIdSlug, a safe
 * path segment) becomes papers/<slug>/, papers/<slug>.bib and a file in the body cache; its keywords, categories and domains become
 * listing folders. Every such value goes through toPathSegment; a value it had to change is a
 * warning on the paper's file (the id itself is kept: only its slug differs), and a paper whose
 * slug another paper already has is skipped with an error.
 */
import type { Diagnostic } from '../ingest/diagnostics.ts';
import type { Paper } from '../ingest/schema.ts';
import { paperIdReadableSlug } from '../shared/paper-id.ts';
import { describeSegmentChanges, toPathSegment } from '../shared/path-segment.ts';

const FACET_FIELDS = [
  ['keywords', 'keyword'],
  ['categories', 'category'],
  ['domains', 'domain'],
] as const satisfies readonly (readonly [keyof Paper, string])[];

/** Keeps a value readable in a one-line message: controls shown as \xNN, long values cut. */
function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return JSON.stringify(shown.length > 60 ? `${shown.slice(0, 57)}…` : shown);
}

export function checkPaperPaths<T extends Paper>(papers: readonly T[]): { papers: T[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const owners = new Map<string, string>();
  const kept: T[] = [];
  for (const paper of papers) {
    const file = paper.source.path;
    const { segment, changes } = toPathSegment(paperIdReadableSlug(paper.id));
    const owner = owners.get(segment);
    if (owner !== undefined) {
      diagnostics.push({
        file,
        severity: 'error',
        code: 'path-collision',
        message: `paper id ${quote(paper.id)} would be written to the same address (papers/${segment}/) as the paper from ${owner}; this file was skipped`,
        hint: 'give one of the two papers a different id in its front matter',
      });
      continue;
    }
    owners.set(segment, file);
    if (changes.length > 0) {
      diagnostics.push({
        file,
        severity: 'warning',
        code: 'unsafe-id',
        message: `paper id ${quote(paper.id)} cannot be used as a file name as it is: ${describeSegmentChanges(changes)}; its page is papers/${segment}/`,
        hint: 'write a short id of letters, digits, dots and dashes (e.g. the arXiv id) in the front matter to choose the address yourself',
      });
    }
    for (const [field, noun] of FACET_FIELDS) {
      for (const value of paper[field]) {
        const facet = toPathSegment(value);
        if (facet.changes.length === 0) continue;
        diagnostics.push({
          file,
          severity: 'warning',
          code: 'unsafe-facet',
          message: `${noun} ${quote(value)} cannot be a folder name as it is: ${describeSegmentChanges(facet.changes)}; its listing is ${field}/${facet.segment}/`,
          hint: `check the ${field} in this file: a stray character or a mistyped list often causes this`,
        });
      }
    }
    kept.push(paper);
  }
  return { papers: kept, diagnostics };
}
