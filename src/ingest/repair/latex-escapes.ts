/**
 * Restores LaTeX that an earlier pipeline damaged before the files reached us.
 *
 * 1. Eaten escapes. Writing `\frac` into a JSON/JS/Python/YAML string without doubling the
 *    backslash turns `\f` into a form feed, `\t` into a TAB, `\b` into a backspace, `\r` into a CR,
 *    `\n` into a LF, `\v` into a vertical tab, `\a` into BEL, `\e` into ESC (YAML), `\L` / `\P` into
 *    U+2028 / U+2029 (YAML). The letters after the control character survive, so
 *    `<FF>rac` → `\frac`.
 *    - FF, BS, VT, BEL, ESC and a lone CR never belong in Markdown: before ASCII letters they are
 *      always restored (in math and, for `\text{…}` and the like, in running text too).
 *    - TAB, LF, U+2028 and U+2029 are also ordinary characters, so they are restored only when the
 *      rebuilt name is a known TeX command; LF and U+2028/2029 only inside math, TAB in running text
 *      only mid-word (`60<TAB>ext{%}`), never at a line start where it may indent.
 *    - NUL (`\0`) is left alone: no TeX command starts with a digit, so there is nothing to rebuild.
 *    - A file whose only line ends are CRs (classic Mac) keeps its CRs.
 * 2. Jekyll escapes inside math: `{ {` and `} }` were written to keep Liquid from reading `{{`/`}}`;
 *    they become `{{` / `}}` again (the same TeX either way, but tidier).
 * 3. `\|` inside math is TeX's double bar ‖ (a norm, or KL's `D(p \| q)`), so it is kept, except in
 *    a file that shows Jekyll's escaping elsewhere (`{ {` or `} }` in math): there a formula with an
 *    odd number of `\|` is read as a table-escaped `|` (a conditional bar `p(x \| y)`), and its `\|`
 *    become `|`. In GFM table rows `\|` is the table's own escape and is kept for the renderer.
 *
 * Code (fenced blocks, backtick spans) is never changed. Runs on text with its original line ends.
 */
import { findCodeRanges, findMathSpans, type MathSpan, type Range } from './math-spans.ts';
import { isKnownTexCommand } from './tex-commands.ts';

export { findMathSpans, findCodeRanges, type MathSpan } from './math-spans.ts';

export interface LatexRepairResult {
  text: string;
  /** How many escapes were restored or unescaped. */
  count: number;
}

/** The letter each control character stands for when it is an eaten backslash escape. */
const EATEN: Readonly<Record<string, string>> = {
  '\x07': 'a',
  '\x08': 'b',
  '\t': 't',
  '\n': 'n',
  '\x0b': 'v',
  '\x0c': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '\u2028': 'L',
  '\u2029': 'P',
};
/** Characters with no legitimate use in Markdown prose or TeX. */
const ALWAYS_DAMAGE = new Set(['\x07', '\x08', '\x0b', '\x0c', '\x1b', '\r']);

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const IN_MATH = /([\x07\x08\t\n\x0b\x0c\r\x1b\u2028\u2029])([A-Za-z]+)/g;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const IN_PROSE = /([\x07\x08\t\x0b\x0c\r\x1b])([A-Za-z]+)/g;

export function repairLatexEscapes(text: string): LatexRepairResult {
  // In a CR-only file (no LF, and some CR that no letter follows) every CR is a line end.
  const keepCr = !text.includes('\n') && /\r(?![A-Za-z])/.test(text);
  const code = findCodeRanges(text);
  const math = findMathSpans(text, code);
  const jekyllEscaped = math.some((span) => /\{ \{|\} \}/.test(text.slice(span.contentStart, span.contentEnd)));
  let count = 0;
  let out = '';
  let offset = 0;
  const prose = (end: number): void => {
    for (const piece of splitAround(text, offset, end, code)) {
      const repaired = piece.code ? { text: piece.text, count: 0 } : repairProse(piece.text, text[piece.start - 1], keepCr);
      out += repaired.text;
      count += repaired.count;
    }
  };
  for (const span of math) {
    prose(span.contentStart);
    const keepBars = !jekyllEscaped || isTableRow(text, span);
    const repaired = repairFormula(text.slice(span.contentStart, span.contentEnd), keepCr, keepBars);
    out += repaired.text;
    count += repaired.count;
    offset = span.contentEnd;
  }
  prose(text.length);
  return { text: out, count };
}

interface Piece {
  text: string;
  start: number;
  code: boolean;
}

/** Cuts text[start, end) into code and non-code pieces. */
function splitAround(text: string, start: number, end: number, code: readonly Range[]): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const range of code) {
    if (range.end <= at || range.start >= end) continue;
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), start: at, code: false });
    const from = Math.max(at, range.start);
    at = Math.min(end, range.end);
    pieces.push({ text: text.slice(from, at), start: from, code: true });
  }
  if (at < end) pieces.push({ text: text.slice(at, end), start: at, code: false });
  return pieces;
}

function repairFormula(formula: string, keepCr: boolean, keepBars: boolean): LatexRepairResult {
  let count = 0;
  let text = formula.replace(IN_MATH, (whole: string, control: string, letters: string, at: number) => {
    if (control === '\r' && keepCr) return whole;
    // After a CR, a LF is the second half of a CRLF line end.
    if (control === '\n' && formula[at - 1] === '\r') return whole;
    const name = `${EATEN[control] ?? ''}${letters}`;
    if (!ALWAYS_DAMAGE.has(control) && !isKnownTexCommand(name)) return whole;
    count++;
    return `\\${name}`;
  });
  for (const [spaced, tight] of [
    [/\{ \{/, '{{'],
    [/\} \}/, '}}'],
  ] as const) {
    while (spaced.test(text)) {
      text = text.replace(spaced, tight);
      count++;
    }
  }
  const bars = text.match(/\\\|/g)?.length ?? 0;
  if (!keepBars && bars % 2 === 1) {
    text = text.replace(/\\\|/g, '|');
    count += bars;
  }
  return { text, count };
}

function repairProse(prose: string, charBefore: string | undefined, keepCr: boolean): LatexRepairResult {
  let count = 0;
  const text = prose.replace(IN_PROSE, (whole: string, control: string, letters: string, at: number) => {
    if (control === '\r' && keepCr) return whole;
    const name = `${EATEN[control] ?? ''}${letters}`;
    if (control === '\t') {
      // Mid-word only: a TAB at a line start or after a space may be indentation or alignment.
      const before = at > 0 ? prose[at - 1] : charBefore;
      if (before === undefined || /\s/.test(before) || !isKnownTexCommand(name)) return whole;
    }
    count++;
    return `\\${name}`;
  });
  return { text, count };
}

function isTableRow(text: string, span: MathSpan): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return /^[ \t]*\|/.test(text.slice(lineStart, span.start + 1));
}
