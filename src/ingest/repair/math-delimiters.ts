/**
 * Puts math into the delimiters remark-math understands, the way the real files mean it:
 * a line that is only `$$…$$` is a display formula (remark-math reads one-line `$$…$$` as inline),
 * and LaTeX's `\(…\)` / `\[…\]` become `$…$` / `$$` blocks.
 */

export interface MathRepairResult {
  text: string;
  /** How many formulas were rewritten. */
  count: number;
}

const ONE_LINE_DISPLAY = /^([ \t]*(?:>[ \t]?)*)\$\$(?!\$)(.+?)\$\$[ \t]*$/gm;
const PAREN_INLINE = /\\\((.+?)\\\)/g;
const BRACKET_DISPLAY = /\\\[([\s\S]+?)\\\]/g;

export function repairMathDelimiters(markdown: string): MathRepairResult {
  let count = 0;
  let text = markdown.replace(ONE_LINE_DISPLAY, (_m, prefix: string, tex: string) => {
    count++;
    // Inside a blockquote every line of the block keeps the quote marker.
    return `${prefix}$$\n${prefix}${tex.trim()}\n${prefix}$$`;
  });
  text = text.replace(BRACKET_DISPLAY, (_m, tex: string) => {
    count++;
    return `\n$$\n${tex.trim()}\n$$\n`;
  });
  text = text.replace(PAREN_INLINE, (_m, tex: string) => {
    count++;
    return `$${tex.trim()}$`;
  });
  return { text, count };
}

/** True when the Markdown holds a formula: `$…$`, `$$` blocks or LaTeX delimiters. */
export function containsMath(markdown: string): boolean {
  return /\$\$|\$[^$\s][^$]*\$|\\\(|\\\[/.test(markdown);
}
