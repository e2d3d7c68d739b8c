/**
 * Text → search terms, shared by the index builder and the browser, so both cut text the same way.
 * Latin-script text becomes lowercase words without accents (ids such as 2404.01817 or cs.CL stay
 * whole and also yield their parts); Chinese needs no spaces: a run of Han characters becomes its
 * character bigrams (and, in short fields, single characters too).
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const TOKEN = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;

/** Words too common to narrow a search. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were we which with our their these those than then into via can not'.split(
    ' ',
  ),
);

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** Letters that carry no combining accent in Unicode, so NFKD leaves them: "Łukasz", "Ørsted", "Đorđe". */
const UNACCENTED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', ŧ: 't' };
const UNACCENTED_CHARS = new RegExp(`[${Object.keys(UNACCENTED).join('')}]`, 'g');

/** Lowercase, full-width folded to ASCII (NFKC), accents removed: "Müller" → "muller", "ＧＰＴ" → "gpt", "Łukasz" → "lukasz". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNACCENTED_CHARS, (c) => UNACCENTED[c]!)
    .normalize('NFC')
    .toLowerCase();
}

/** LaTeX commands that only style what follows: dropped, so `\boldsymbol\lambda` reads "lambda". */
const STYLE_COMMANDS =
  /\\(?:boldsymbol|bm|mathbf|mathrm|mathit|mathsf|mathtt|mathcal|mathbb|mathfrak|text|textbf|textit|textrm|operatorname|left|right|displaystyle)(?![a-zA-Z])/g;

/**
 * Inline math as a reader types it: each `$…$` becomes its letters, digits and command names, joined
 * to the text around it: "DA$^{2}$: Depth" → "DA2: Depth", "$\lambda$-Orthogonality" → "lambda-Orthogonality".
 */
export function mathWords(text: string): string {
  return text.replace(/\$([^$\n]*)\$/g, (_, tex: string) =>
    tex
      .replace(STYLE_COMMANDS, '')
      .replace(/\\([a-zA-Z]+)/g, '$1')
      .replace(/[\\^_{}\s]/g, ''),
  );
}

/** The terms an id is indexed under: the id itself (old-style ids also with their slash) and the DOI. */
export function idTerms(id: string, doi?: string): string[] {
  const terms = [id.toLowerCase()];
  const oldStyle = /^([a-z][a-z-]*(?:\.[a-z]{2})?)[-/]?(\d{7})$/.exec(terms[0]!);
  if (oldStyle) terms.push(`${oldStyle[1]}/${oldStyle[2]}`, `${oldStyle[1]}-${oldStyle[2]}`, `${oldStyle[1]}${oldStyle[2]}`);
  if (doi) terms.push(doi.trim().toLowerCase());
  return [...new Set(terms)];
}

export type Piece = { kind: 'han'; text: string } | { kind: 'word'; text: string };

/** The pieces of a text in order: runs of Han characters and words (compounds kept whole). */
export function pieces(text: string): Piece[] {
  const spaced = foldText(text).replace(HAN_RUN, (run) => ` ${run} `);
  const found: Piece[] = [];
  for (const match of spaced.matchAll(TOKEN)) {
    const token = match[0];
    found.push({ kind: isHan(token) ? 'han' : 'word', text: token });
  }
  return found;
}

/** Character bigrams of a Han run; a single character stays itself. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** A word is worth indexing unless it is a stop word or a single letter. */
function keepWord(word: string): boolean {
  return !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word));
}

/** A compound word ("gpt-4", "2404.01817") and its parts. */
function wordTerms(word: string): string[] {
  if (!/[.-]/.test(word)) return keepWord(word) ? [word] : [];
  return [word, ...word.split(/[.-]+/).filter(keepWord)];
}

/**
 * The distinct terms of a field's text. Short fields (titles, keywords, names) also index single
 * Han characters, so a one-character query still finds them; long fields index bigrams only.
 */
export function indexTerms(text: string, short: boolean): Set<string> {
  const terms = new Set<string>();
  for (const piece of pieces(text)) {
    if (piece.kind === 'word') for (const term of wordTerms(piece.text)) terms.add(term);
    else {
      for (const gram of bigrams(piece.text)) terms.add(gram);
      if (short) for (const char of piece.text) terms.add(char);
    }
  }
  return terms;
}

/** One part of a query: a word, or a bigram (or single character) of a Chinese run. */
export interface QueryPart {
  /** The term as typed (folded). */
  text: string;
  /** Han bigram or character: matched exactly; words are also matched by prefix and with typos. */
  kind: 'han' | 'word';
  /** The last word while the reader is still typing it: matched as a prefix too. */
  last: boolean;
  /** Parts of one group come from one piece of the query (a word, a Chinese run). */
  group: number;
}

/**
 * How many bigrams of a Chinese run of `count` bigrams a paper must hold. Typed without spaces,
 * "扩散模型蒸馏" holds two words, and the bigram across them ("型蒸") need not occur in a paper that
 * has both; a run of two words has one such bigram, of three words two. Short runs need every bigram.
 */
export function bigramsNeeded(count: number): number {
  return count - Math.floor(count / 3);
}

/** The parts of a query: each Chinese bigram and each word, stop words dropped unless nothing else is left. */
export function queryParts(query: string): QueryPart[] {
  const all = pieces(query);
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  let group = 0;
  const add = (text: string, kind: QueryPart['kind']) => {
    if (seen.has(text)) return;
    seen.add(text);
    parts.push({ text, kind, last: false, group });
  };
  for (const piece of all) {
    if (piece.kind === 'han') for (const gram of bigrams(piece.text)) add(gram, 'han');
    else if (keepWord(piece.text) || all.length === 1) add(piece.text, 'word');
    group++;
  }
  const lastPiece = all.at(-1);
  const lastPart = parts.at(-1);
  // Only a word at the very end of the query (no space after it) is still being typed.
  if (lastPiece?.kind === 'word' && lastPart?.text === lastPiece.text && !/\s$/.test(query)) lastPart.last = true;
  return parts;
}

/** The runs and words of a query, for highlighting what matched. */
export function queryHighlights(query: string): string[] {
  return pieces(query).map((piece) => piece.text);
}
