/**
 * Lifts the digest's embedded HTML (the toolbar and the figure gallery) out of the Markdown.
 * Those blocks are data to read, not content to render: the site draws its own toolbar, and
 * figures become `sections.figures`. Other HTML is left in place for the sanitizer.
 */
import type { Line } from './digest-lines.ts';

export type HtmlBlockKind = 'toolbar' | 'figures';

export interface HtmlBlock {
  kind: HtmlBlockKind;
  html: string;
  /** 1-based line of the block's first line. */
  line: number;
  /** False when the closing tag was missing and the block was cut at a blank line. */
  closed: boolean;
}

export interface HtmlExtraction {
  /** The lines with the blocks removed. */
  rest: Line[];
  blocks: HtmlBlock[];
}

function kindOf(text: string): HtmlBlockKind | null {
  const t = text.trim();
  if (/^<div\b[^>]*\bclass\s*=\s*["'][^"']*\bpaper-toolbar\b/i.test(t)) return 'toolbar';
  if (/^<div\b[^>]*\bclass\s*=\s*["'][^"']*\bpaper-figures\b/i.test(t)) return 'figures';
  if (/^<figure\b/i.test(t)) return 'figures';
  return null;
}

export function extractHtmlBlocks(lines: readonly Line[]): HtmlExtraction {
  const rest: Line[] = [];
  const blocks: HtmlBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const kind = first ? kindOf(first.text) : null;
    if (!first || !kind) {
      if (first) rest.push(first);
      i++;
      continue;
    }
    const tag = /^<figure\b/i.test(first.text.trim()) ? 'figure' : 'div';
    const end = closingLine(lines, i, tag);
    const last = end ?? blankAfter(lines, i);
    blocks.push({
      kind,
      html: lines
        .slice(i, last + 1)
        .map((l) => l.text)
        .join('\n'),
      line: first.number,
      closed: end !== null,
    });
    i = last + 1;
  }
  return { rest, blocks };
}

/** Index of the line where the element opened at `start` closes (nesting counted), or null. */
function closingLine(lines: readonly Line[], start: number, tag: string): number | null {
  const open = new RegExp(`<${tag}\\b`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let depth = 0;
  for (let j = start; j < lines.length; j++) {
    const text = lines[j]?.text ?? '';
    depth += (text.match(open)?.length ?? 0) - (text.match(close)?.length ?? 0);
    if (depth <= 0) return j;
  }
  return null;
}

function blankAfter(lines: readonly Line[], start: number): number {
  for (let j = start + 1; j < lines.length; j++) {
    if (lines[j]?.text.trim() === '') return j - 1;
  }
  return lines.length - 1;
}
