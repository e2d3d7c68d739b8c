/** Source lines with their 1-based numbers, and the text helpers the digest readers share. */

export interface Line {
  text: string;
  /** 1-based line number in the parsed text. */
  number: number;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins hard-wrapped lines back into one paragraph: a space between words,
 * nothing between two CJK characters (Chinese is written without spaces).
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const last = out.at(-1) ?? '';
    out += out && !(CJK.test(last) && CJK.test(part[0] ?? '')) ? ` ${part}` : part;
  }
  return out;
}

/** Lines → Markdown, without leading/trailing blank lines and with runs of blank lines collapsed. */
export function linesToMarkdown(lines: readonly Line[]): string {
  return lines
    .map((l) => l.text.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Groups lines into paragraphs separated by blank lines. */
export function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

// Template keys that leaked from the generator instead of text, e.g. "method_zh".
const PLACEHOLDER = /^[a-z]+(?:_[a-z]+)+$/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}
