/**
 * Titles and takeaways as readable plain text, for the places only text can go: the browser tab,
 * link previews (og/twitter), share sheets, notifications and feeds. Formulas become Unicode where
 * it has the characters (`DA$^{2}$` → `DA²`, `$\lambda$-Orthogonality` → `λ-Orthogonality`,
 * `$O(n \log n)$` → `O(n log n)`), and the closest readable text otherwise (`\frac{a}{b}` → `a/b`).
 * Markdown emphasis, code marks, links and tags are dropped. Pure; runs in the build and the browser.
 * BibTeX keeps the LaTeX: it is read by TeX.
 */
import { SYMBOLS, scriptLetters, toScript } from './tex-symbols';

const FONT_COMMANDS = new Set([
  'mathrm',
  'mathit',
  'mathsf',
  'mathtt',
  'mathbf',
  'boldsymbol',
  'bm',
  'bf',
  'text',
  'textrm',
  'textbf',
  'textit',
  'texttt',
  'textsf',
  'emph',
  'mathnormal',
  'operatorname',
  'mbox',
  'hbox',
]);
const ACCENTS: Record<string, string> = {
  hat: '\u0302',
  bar: '\u0304',
  tilde: '\u0303',
  vec: '\u20d7',
  dot: '\u0307',
  ddot: '\u0308',
  widehat: '\u0302',
  widetilde: '\u0303',
  overline: '\u0305',
};
const FRACTIONS: Record<string, string> = { '1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾', '1/5': '⅕', '1/8': '⅛' };
const IGNORED = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'limits',
  'nolimits',
  'mathstrut',
]);

class TexReader {
  private at = 0;
  private readonly tex: string;

  constructor(tex: string) {
    this.tex = tex;
  }

  done(): boolean {
    return this.at >= this.tex.length;
  }

  /** The raw TeX of the next argument: a {group}, a \command or one character (spaces skipped). */
  rawArgument(): string {
    while (this.tex[this.at] === ' ') this.at++;
    const start = this.at;
    const char = this.tex[this.at];
    if (char === undefined) return '';
    if (char === '{') {
      let depth = 0;
      for (; this.at < this.tex.length; this.at++) {
        if (this.tex[this.at] === '\\') this.at++;
        else if (this.tex[this.at] === '{') depth++;
        else if (this.tex[this.at] === '}' && --depth === 0) break;
      }
      this.at++;
      return this.tex.slice(start + 1, this.at - 1);
    }
    if (char === '\\') return this.command();
    this.at++;
    return char;
  }

  /** At a backslash: `\name` or `\` + one symbol character. */
  command(): string {
    const start = this.at++;
    if (!/[a-zA-Z]/.test(this.tex[this.at] ?? '')) return this.tex.slice(start, ++this.at);
    while (/[a-zA-Z]/.test(this.tex[this.at] ?? '')) this.at++;
    const command = this.tex.slice(start, this.at);
    // As in TeX, spaces after a control word only end it.
    while (this.tex[this.at] === ' ') this.at++;
    return command;
  }

  /** The next character, consumed. */
  char(): string {
    return this.tex[this.at++] ?? '';
  }

  peek(): string {
    return this.tex[this.at] ?? '';
  }
}

const isSimple = (text: string) => [...text].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(text);
const wrap = (text: string) => (isSimple(text) ? text : `(${text})`);

function script(kind: '^' | '_', text: string): string {
  if (kind === '^' && (text === '′' || text === "'")) return '′';
  const mapped = toScript(kind, text);
  if (mapped !== undefined) return mapped;
  return `${kind}${wrap(text)}`;
}

function runCommand(command: string, reader: TexReader): string {
  const name = command.slice(1);
  if (name.length === 1 && !/[a-zA-Z]/.test(name)) {
    if (name === ',' || name === ';' || name === ':' || name === ' ') return ' ';
    if (name === '!') return '';
    if (name === '|') return '‖';
    return name;
  }
  if (IGNORED.has(name)) return '';
  if (FONT_COMMANDS.has(name)) return texToText(reader.rawArgument());
  if (name === 'mathcal' || name === 'mathscr' || name === 'mathbb' || name === 'mathfrak') {
    return scriptLetters(name, texToText(reader.rawArgument()));
  }
  if (name in ACCENTS) {
    const base = texToText(reader.rawArgument());
    return [...base].length === 1 ? base + ACCENTS[name] : base;
  }
  if (name === 'frac' || name === 'dfrac' || name === 'tfrac' || name === 'cfrac') {
    const top = texToText(reader.rawArgument());
    const bottom = texToText(reader.rawArgument());
    return FRACTIONS[`${top}/${bottom}`] ?? `${wrap(top)}/${wrap(bottom)}`;
  }
  if (name === 'sqrt') {
    if (reader.peek() === '[') {
      let degree = '';
      reader.char();
      while (!reader.done() && reader.peek() !== ']') degree += reader.char();
      reader.char();
      const root = { '3': '∛', '4': '∜' }[degree.trim()];
      return `${root ?? `${degree}√`}${wrap(texToText(reader.rawArgument()))}`;
    }
    return `√${wrap(texToText(reader.rawArgument()))}`;
  }
  if (name === 'quad' || name === 'qquad' || name === 'enspace' || name === 'thinspace') return ' ';
  return SYMBOLS[name] ?? name;
}

/** One formula's TeX (without its dollars) as text. */
export function texToText(tex: string): string {
  const reader = new TexReader(tex);
  let out = '';
  while (!reader.done()) {
    const char = reader.peek();
    if (char === '\\') {
      const text = runCommand(reader.command(), reader);
      // Operator names (log, max) are words: keep them apart from the letters around them.
      const word = /^[a-z]{2,}$/i.test(text);
      if (word && /[\p{L}\p{N})]$/u.test(out)) out += ' ';
      out += text;
      if (word && /[\p{L}\p{N}]/u.test(reader.peek())) out += ' ';
    } else if (char === '^' || char === '_') {
      reader.char();
      out += script(char, texToText(reader.rawArgument()));
    } else if (char === '{') out += texToText(reader.rawArgument());
    else if (char === '}' || char === '&') reader.char();
    else if (char === '~') {
      reader.char();
      out += ' ';
    } else out += reader.char();
  }
  return out.replace(/\s+/g, ' ');
}

// A private-use character marks where a formula was; titles never contain it.
const MARK = '\uE000';
const FORMULA_MARK = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');
const MATH_SPAN = /\$\$([\s\S]+?)\$\$|(?<!\\)\$((?:\\\$|[^$])+?)\$|\\\(([\s\S]+?)\\\)/g;

/** A title or takeaway (Markdown with `$…$` formulas) as readable plain text. */
export function plainTitle(text: string): string {
  // Formulas first, kept aside while Markdown marks go, so `$a_i$ and $b_j$` is not read as emphasis.
  const formulas: string[] = [];
  const marked = text.replace(MATH_SPAN, (_, display?: string, inline?: string, paren?: string) => {
    formulas.push(texToText(display ?? inline ?? paren ?? '').trim());
    return `${MARK}${formulas.length - 1}${MARK}`;
  });
  return marked
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|[.,;:!?)]|$)/g, '$1$2')
    .replace(/\\\$/g, '$')
    .replace(FORMULA_MARK, (_, i: string) => formulas[Number(i)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
