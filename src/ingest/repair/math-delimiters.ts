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
/** One `$$…$$` formula of a line, its content free of `$$`. */
const DISPLAY_PIECE = /\$\$((?:[^$\\]|\\.|\$(?!\$))+?)\$\$/g;
const PAREN_INLINE = /\\\((.+?)\\\)/g;
const BRACKET_DISPLAY = /\\\[([\s\S]+?)\\\]/g;

export function repairMathDelimiters(markdown: string): MathRepairResult {
  let count = 0;
  let text = markdown.replace(ONE_LINE_DISPLAY, (whole: string, prefix: string, tex: string) => {
    const formulas = tex.includes('$$') ? displayPieces(whole.slice(prefix.length)) : [tex];
    // `$$a$$ and $$b$$` is two formulas in a sentence: remark-math reads them as inline math.
    if (!formulas) return whole;
    count += formulas.length;
    // Inside a blockquote every line of the block keeps the quote marker.
    return formulas.map((formula) => `${prefix}$$\n${prefix}${formula.trim()}\n${prefix}$$`).join(`\n${prefix}\n`);
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

/** The formulas of a line that is only `$$…$$` formulas and spaces, else undefined. */
function displayPieces(line: string): string[] | undefined {
  const formulas: string[] = [];
  const rest = line.replace(DISPLAY_PIECE, (_m, tex: string) => {
    formulas.push(tex);
    return '';
  });
  return rest.trim() === '' && formulas.length > 0 ? formulas : undefined;
}

/** True when the Markdown holds a formula: `$…$`, `$$` blocks or LaTeX delimiters. */
export function containsMath(markdown: string): boolean {
  return /\$\$|\$[^$\s][^$]*\$|\\\(|\\\[/.test(markdown);
}
