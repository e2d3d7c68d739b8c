/**
 * What the digest readers accumulate while walking one file: the draft, the arXiv references
 * seen (with where), the Markdown that fits no named field, and the hints that tell variants apart.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { Figure, PaperDraft } from '../schema.ts';
import type { ArxivRef } from './digest-toolbar.ts';

export interface SeenRef extends ArxivRef {
  line: number;
  from: 'toolbar' | 'arxiv-line';
}

export interface DigestContext {
  bag: DiagnosticBag;
  draft: PaperDraft;
  refs: SeenRef[];
  figures: Figure[];
  /** Markdown chunks for `sections.body`, in file order. */
  body: string[];
  headingTitle?: { text: string; line: number };
  toolbarTitle?: string;
  hasToolbar: boolean;
  splitToolbar: boolean;
  hasArxivLine: boolean;
  /** Marks of the compact variant: `·` in the arXiv line, 一句话要点 as a field, "3 点简述". */
  compact: boolean;
}

export function newContext(bag: DiagnosticBag): DigestContext {
  return {
    bag,
    draft: {},
    refs: [],
    figures: [],
    body: [],
    hasToolbar: false,
    splitToolbar: false,
    hasArxivLine: false,
    compact: false,
  };
}

/** Sets a Markdown-valued draft field, appending when the file has it twice (and saying so). */
export function appendText(ctx: DigestContext, current: string | undefined, value: string, what: string, line: number): string {
  if (!current) return value;
  ctx.bag.warning('duplicate-section', `${what} appears more than once; the parts were joined`, { line });
  return `${current}\n\n${value}`;
}
