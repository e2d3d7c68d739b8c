/**
 * Mends formulas that an earlier pipeline (Jekyll, a JSON writer, a Markdown exporter) left
 * unrenderable, where what the author meant is not in doubt:
 *
 * - `percent`: a `%` inside math without its backslash (`\textbf{10.48% }`). In TeX it starts a
 *   comment that swallows the rest of the formula; in a summary it is always a percent sign.
 * - `adjacent-formulas`: `$a$$b$`, two inline formulas written edge to edge, is read (as
 *   remark-math reads it) as one formula holding `$$`; the `$$` goes, giving `$ab$`, which renders
 *   as the two formulas would.
 * - `text-bar`: Jekyll's table escape `\|` inside `\text{…}`, where TeX has no `\|`; it is `|`.
 * - `stray-brace`: a `}` that closes nothing (the `\` of a `\}` or the `{` of a group was eaten).
 *   After an unclosed `\{` it is the `\}` that lost its backslash, else it is dropped.
 * - `prose-text`: `\text{…}` outside any formula (`60\text{%}` once the eaten `\t` of `\text`
 *   came back) is the plain text it wraps; anything else outside math is left as it is.
 *
 * Formulas are found the way remark-math finds them (a run of n `$` closed by the next run of
 * exactly n, within a paragraph), so a repair acts on what the renderer will see.
 * Code (fenced blocks, backtick spans) is never changed.
 */
import { findCodeRanges, type Range } from './math-spans.ts';

export type FormulaRepair = 'percent' | 'adjacent-formulas' | 'text-bar' | 'stray-brace' | 'prose-text';

export interface FormulaRepairResult {
  text: string;
  /** How often each kind of damage was mended. */
  counts: Partial<Record<FormulaRepair, number>>;
}

export function repairFormulaDamage(text: string): FormulaRepairResult {
  const counts: Partial<Record<FormulaRepair, number>> = {};
  const count = (kind: FormulaRepair, n = 1): void => {
    if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
  };
  const code = findCodeRanges(text);
  let out = '';
  let offset = 0;
  for (const span of findDollarMath(text, code)) {
    out += repairProse(text.slice(offset, span.contentStart), offset, code, count);
    let formula = text.slice(span.contentStart, span.contentEnd);
    if (span.run === 1 && /[^$\s]\$\$[^$\s]/.test(formula)) {
      formula = formula.replace(/([^$\s])\$\$(?=[^$\s])/g, (_m, before: string) => {
        count('adjacent-formulas');
        return before;
      });
    }
    out += repairFormula(formula, count);
    offset = span.contentEnd;
  }
  out += repairProse(text.slice(offset), offset, code, count);
  return { text: out, counts };
}

interface DollarSpan {
  contentStart: number;
  contentEnd: number;
  /** How many `$` open and close it. */
  run: number;
}

/** `$…$` and `$$…$$` as micromark's math extension reads them; `\$` outside math is no delimiter. */
export function findDollarMath(text: string, code: readonly Range[]): DollarSpan[] {
  const spans: DollarSpan[] = [];
  let codeIndex = 0;
  for (let i = 0; i < text.length; i++) {
    while (codeIndex < code.length && code[codeIndex]!.end <= i) codeIndex++;
    const block = code[codeIndex];
    if (block && i >= block.start) {
      i = block.end - 1;
      continue;
    }
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '$') continue;
    let run = 1;
    while (text[i + run] === '$') run++;
    const close = closingRun(text, i + run, run);
    if (close < 0) {
      i += run - 1;
      continue;
    }
    spans.push({ contentStart: i + run, contentEnd: close, run });
    i = close + run - 1;
  }
  return spans;
}

/** Offset of the next run of exactly `run` dollars before a blank line, or -1. */
function closingRun(text: string, from: number, run: number): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\n' && /^\n[ \t>]*\n/.test(text.slice(j, j + 80))) return -1;
    if (ch !== '$') continue;
    let length = 1;
    while (text[j + length] === '$') length++;
    if (length === run) return j;
    j += length - 1;
  }
  return -1;
}

function repairFormula(formula: string, count: (kind: FormulaRepair, n?: number) => void): string {
  let text = formula.replace(/(\\*)%/g, (whole: string, slashes: string) => {
    // An odd run of backslashes escapes the %; an even one (incl. none) leaves it a comment.
    if (slashes.length % 2 === 1) return whole;
    count('percent');
    return `${slashes}\\%`;
  });
  text = replaceInTextGroups(text, (inner) => {
    const bars = inner.match(/\\\|/g)?.length ?? 0;
    count('text-bar', bars);
    return inner.replace(/\\\|/g, '|');
  });
  return dropStrayBraces(text, count);
}

/** Applies `edit` to the argument of every `\text{…}` (and its `\textbf` / `\textit` / `\mathrm` kin). */
function replaceInTextGroups(formula: string, edit: (inner: string) => string): string {
  const opener = /\\(?:text|textbf|textit|textrm|textsf|texttt|mbox)\s*\{/g;
  let out = '';
  let offset = 0;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(formula))) {
    const open = match.index + match[0].length;
    const close = matchingBrace(formula, open);
    if (close < 0) break;
    out += formula.slice(offset, open) + edit(formula.slice(open, close));
    offset = close;
    opener.lastIndex = close;
  }
  return out + formula.slice(offset);
}

/** Offset of the `}` closing the group that starts just before `from`, or -1. */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

function dropStrayBraces(formula: string, count: (kind: FormulaRepair) => void): string {
  let depth = 0;
  let literalOpen = 0;
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '\\') {
      const next = formula[i + 1] ?? '';
      if (next === '{') literalOpen++;
      else if (next === '}') literalOpen = Math.max(0, literalOpen - 1);
      out += ch + next;
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') {
      if (depth === 0) {
        count('stray-brace');
        if (literalOpen > 0) {
          literalOpen--;
          out += '\\}';
        }
        continue;
      }
      depth--;
    }
    out += ch;
  }
  return out;
}

/**
 * `\text{…}` in running text, holding only plain text: the text itself. Its escapes (`\%`, `\&`)
 * are Markdown escapes too, so they stay.
 */
const PROSE_TEXT = /\\text\{((?:[^{}\\\n$]|\\[%&#_])*)\}/g;

function repairProse(prose: string, at: number, code: readonly Range[], count: (kind: FormulaRepair) => void): string {
  if (!prose.includes('\\text{')) return prose;
  return prose.replace(PROSE_TEXT, (whole: string, inner: string, offset: number) => {
    if (code.some((r) => at + offset >= r.start && at + offset < r.end)) return whole;
    count('prose-text');
    return inner;
  });
}
