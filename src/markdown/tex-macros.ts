/**
 * TeX commands KaTeX lacks but summaries use: MathJax's own (`\unicode`, `\Bar`), which the
 * pages these summaries were written for rendered, and the handful of macros papers define in
 * their preambles and summaries copy without the definition (`\SE(3)`, `\E`, `\norm{x}`).
 * Each is defined as what it means, never as literal text. An author's own `\myalgo` stays
 * undefined: there is no meaning to give it.
 */

/** The part of KaTeX's macro context a function macro uses (katex's types leave it `object`). */
interface MacroContext {
  future(): { text: string };
  consumeArg(delims?: string[]): unknown;
  consumeArgs(count: number): { text: string }[][];
}

/** MathJax's `\unicode{x2014}` / `\unicode{8212}` (an optional `[font]` is ignored): that character. */
function unicodeCharacter(context: MacroContext): string {
  if (context.future().text === '[') context.consumeArg([']']);
  const [arg = []] = context.consumeArgs(1);
  // KaTeX hands the argument's tokens over last first.
  const code = [...arg]
    .reverse()
    .map((token) => token.text)
    .join('')
    .trim();
  const hex = /^(?:x|0x|U\+)([0-9a-f]{1,6})$/i.exec(code)?.[1];
  const value = hex !== undefined ? parseInt(hex, 16) : /^[0-9]{1,7}$/.test(code) ? Number(code) : NaN;
  // Out of range or unreadable: an undefined command, so the formula is reported, not guessed.
  if (!(value > 0 && value <= 0x10ffff)) return '\\unicodeUnreadable';
  return `\\char"${value.toString(16).toUpperCase()} `;
}

const groups = (names: string, body: (name: string) => string): Record<string, string> =>
  Object.fromEntries(names.split(' ').map((name) => [`\\${name}`, body(name)]));

export const TEX_MACROS: Readonly<Record<string, string | ((context: MacroContext) => string)>> = Object.freeze({
  // MathJax
  '\\unicode': unicodeCharacter,
  '\\Bar': '\\bar',
  // Lie groups and their algebras, sets of numbers
  ...groups('SE SO SU GL SL', (name) => `\\mathrm{${name}}`),
  ...groups('se so su gl sl', (name) => `\\mathfrak{${name}}`),
  '\\E': '\\mathbb{E}',
  '\\C': '\\mathbb{C}',
  '\\Q': '\\mathbb{Q}',
  '\\mathbbm': '\\mathbb',
  '\\mathds': '\\mathbb',
  // Operators papers define with \DeclareMathOperator
  ...groups('Tr tr diag sgn sign rank Var Cov softmax', (name) => `\\operatorname{${name}}`),
  '\\KL': '\\mathrm{KL}',
  // Paired delimiters (mathtools' \DeclarePairedDelimiter, physics package)
  '\\norm': '\\left\\lVert #1 \\right\\rVert',
  '\\abs': '\\left\\lvert #1 \\right\\rvert',
  '\\ceil': '\\left\\lceil #1 \\right\\rceil',
  '\\floor': '\\left\\lfloor #1 \\right\\rfloor',
  // Text-mode commands without a KaTeX font: the text itself
  '\\textsc': '\\textrm{#1}',
});
