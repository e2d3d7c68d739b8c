/**
 * Finds where math and code sit in Markdown source, so repairs can act inside formulas only
 * and never touch code. A light scanner, not a Markdown parser: it knows `$…$`, `$$…$$`,
 * `\(…\)`, `\[…\]`, fenced code blocks and backtick code spans, and that none of them
 * crosses a blank line.
 *
 * It tolerates the damage it is used to repair: a formula may start with a control character
 * (a TAB that was `\t`, a LF that was `\n`), so `$` followed by those still opens math.
 */

export type MathDelimiter = '$' | '$$' | '\\(' | '\\[';

export interface MathSpan {
  /** Offset of the opening delimiter. */
  start: number;
  /** Offset just after the closing delimiter. */
  end: number;
  /** Offsets of the formula between the delimiters. */
  contentStart: number;
  contentEnd: number;
  delimiter: MathDelimiter;
}

export interface Range {
  start: number;
  end: number;
}

const FENCE = /^[ ]{0,3}(`{3,}|~{3,})/;

/** Fenced code blocks and inline code spans, in order. */
export function findCodeRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  let fence: { marker: string; start: number } | null = null;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length + 1;
    const open = FENCE.exec(line);
    if (fence) {
      if (open?.[1] && open[1][0] === fence.marker[0] && open[1].length >= fence.marker.length) {
        ranges.push({ start: fence.start, end: Math.min(lineEnd, text.length) });
        fence = null;
      }
    } else if (open?.[1]) {
      fence = { marker: open[1], start: offset };
    }
    offset = lineEnd;
  }
  if (fence) ranges.push({ start: fence.start, end: text.length });
  return mergeRanges([...ranges, ...inlineCodeOutside(text, ranges)]);
}

function inlineCodeOutside(text: string, blocks: Range[]): Range[] {
  const spans: Range[] = [];
  const tick = /(`+)/g;
  let match: RegExpExecArray | null;
  while ((match = tick.exec(text))) {
    const run = match[1] ?? '';
    if (insideAny(blocks, match.index) || text[match.index - 1] === '\\') continue;
    const close = findClosingTicks(text, match.index + run.length, run.length);
    if (close < 0) continue;
    spans.push({ start: match.index, end: close + run.length });
    tick.lastIndex = close + run.length;
  }
  return spans;
}

function findClosingTicks(text: string, from: number, length: number): number {
  const stop = paragraphEnd(text, from);
  const closer = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g');
  closer.lastIndex = from;
  const found = closer.exec(text);
  return found && found.index < stop ? found.index : -1;
}

/** Offset of the next blank line (or the end): formulas and code spans never cross it. */
function paragraphEnd(text: string, from: number): number {
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = from;
  const found = blank.exec(text);
  return found ? found.index : text.length;
}

function insideAny(ranges: Range[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Math spans outside code, in order, non-overlapping. */
export function findMathSpans(text: string, code: Range[] = findCodeRanges(text)): MathSpan[] {
  const spans: MathSpan[] = [];
  let codeIndex = 0;
  let i = 0;
  while (i < text.length) {
    while (codeIndex < code.length && (code[codeIndex]?.end ?? 0) <= i) codeIndex++;
    const block = code[codeIndex];
    if (block && i >= block.start) {
      i = block.end;
      continue;
    }
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      const span = next === '(' || next === '[' ? closeLatex(text, i, next) : null;
      if (span) spans.push(span);
      i = span ? span.end : i + 2;
    } else if (ch === '$') {
      const span = text[i + 1] === '$' ? closeDisplay(text, i) : closeInline(text, i);
      if (span) spans.push(span);
      i = span ? span.end : text[i + 1] === '$' ? i + 2 : i + 1;
    } else {
      i++;
    }
  }
  return spans;
}

function closeLatex(text: string, start: number, open: '(' | '['): MathSpan | null {
  const closer = open === '(' ? ')' : ']';
  const stop = paragraphEnd(text, start);
  for (let j = start + 2; j < stop - 1; j++) {
    if (text[j] !== '\\') continue;
    if (text[j + 1] === closer) {
      return { start, end: j + 2, contentStart: start + 2, contentEnd: j, delimiter: open === '(' ? '\\(' : '\\[' };
    }
    j++; // skip the escaped character, e.g. `\\` or `\$`
  }
  return null;
}

function closeDisplay(text: string, start: number): MathSpan | null {
  const stop = paragraphEnd(text, start + 2);
  for (let j = start + 2; j < stop - 1; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '$' && text[j + 1] === '$') {
      return { start, end: j + 2, contentStart: start + 2, contentEnd: j, delimiter: '$$' };
    }
  }
  return null;
}

// An eaten `\t`, `\n` or `\r` leaves a control character right after `$`; it still opens math.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const OPENS_AFTER_CONTROL = /^[\t\n\r\x07\x08\x0b\x0c\x1b][A-Za-z]/;

function closeInline(text: string, start: number): MathSpan | null {
  const first = text[start + 1];
  if (first === undefined || first === ' ') return null;
  if ((first === '\n' || first === '\r' || first === '\t') && !OPENS_AFTER_CONTROL.test(text.slice(start + 1, start + 3))) {
    return null;
  }
  const stop = paragraphEnd(text, start + 1);
  for (let j = start + 1; j < stop; j++) {
    const ch = text[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch !== '$') continue;
    const before = text[j - 1] ?? '';
    const after = text[j + 1] ?? '';
    // Pandoc's rule keeps prices like "$5 and $10" out of math.
    if (j === start + 1 || before === ' ' || before === '\n' || /[0-9]/.test(after)) continue;
    return { start, end: j + 1, contentStart: start + 1, contentEnd: j, delimiter: '$' };
  }
  return null;
}
