/**
 * Where the matched terms occur in a result's text, as plain segments the page turns into text
 * nodes and <mark> elements (never HTML; src/client/search/results-view.ts). Matching ignores case and accents like the index does;
 * Latin terms match at the start of a word, Chinese anywhere.
 */
import { isHan } from './tokenize';

export interface Segment {
  text: string;
  mark: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One UTF-16 unit per unit of the input, so positions in the folded text are positions in the text. */
function foldUnits(text: string): string {
  let out = '';
  for (const unit of text) {
    const folded = unit.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    out += folded.length === unit.length ? folded : unit;
  }
  return out;
}

export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (!text) return [];
  const folded = foldUnits(text);
  const marked = new Uint8Array(text.length);
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (!term) continue;
    const anywhere = isHan(term);
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (!anywhere && at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      marked.fill(1, at, at + term.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), mark: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}
