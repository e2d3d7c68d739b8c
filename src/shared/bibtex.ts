/**
 * BibTeX for papers: one `@misc` entry per paper, arXiv-style (eprint, archivePrefix, primaryClass)
 * when the id is an arXiv id. Shared by the per-paper .bib files (written from the loader, which
 * passes the base path) and the favourites export in the browser.
 */
import { arxivAbsUrl, isArxivId, paperPath, withBase } from './paths.ts';

export interface BibtexPaper {
  id: string;
  title: string;
  authors: readonly string[];
  categories: readonly string[];
  published?: string | undefined;
  arxivVersion?: number | undefined;
  /** Absolute URL of the paper elsewhere, used for papers without an arXiv id. */
  url?: string | undefined;
  /** The reader's own note on the paper (plain text), written as the `note` field. */
  note?: string | undefined;
}

/*
 * BibTeX reads a braced field up to the brace that balances its opening one, and it counts every
 * brace, backslash or not: `\}` closes a field as surely as `}`. So no field may carry an
 * unbalanced brace. Text is escaped into TeX whose braces all come in pairs (`\textbraceleft{}`);
 * formulas keep their LaTeX with unmatched braces taken out; every field is checked once more
 * by `balanced` before it is written.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  // TeX's default font encoding would print these as ¡, ¿ and a dash.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Plain text as TeX: specials escaped, braces and backslashes spelled as commands, controls gone. */
export function escapeText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/[\\{}~^&%#_$<>|]/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * `text` with every brace that has no partner removed, counted the way BibTeX counts (a backslash
 * does not escape a brace); an escaped brace (`\}`) goes with its backslash, so the backslash
 * cannot then escape whatever follows.
 */
export function balanced(text: string): string {
  const open: number[] = [];
  const drop = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.pop() === undefined) drop.add(i);
  }
  for (const i of open) drop.add(i);
  if (drop.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue;
    if (text[i] === '\\' && drop.has(i + 1)) continue;
    out += text[i];
  }
  return out;
}

/** A URL in a field: braces, backslashes, `$` (a parser opens math at it), spaces and controls percent-encoded, as a URL may carry them. */
function escapeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[{}\\$\s\u0000-\u001f\u007f-\u009f]/g, (c) => encodeURIComponent(c));
}

/**
 * A title as BibTeX wants it: words with capitals after their first letter (RAG, PassageGraph,
 * GPT-4) and formulas are wrapped in braces so bibliography styles do not lower-case them.
 */
export function bibtexTitle(title: string): string {
  const parts = title
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\$[^$]+\$)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `{${balanced(part)}}`;
      return part
        .split(' ')
        .map((word) => (/^.[^\s]*\p{Lu}/u.test(word) ? `{${escapeText(word)}}` : escapeText(word)))
        .join(' ');
    })
    .join('');
}

/**
 * One author: a name with " and " in it would become two authors, and one with more commas than
 * "Family, Given" is not a name to BibTeX; braces keep either as one name, written as it is.
 */
function bibtexName(name: string): string {
  const commas = name.split(',').length - 1;
  const plain = commas === 0 || (commas === 1 && /^[^,]*\S[^,]*,[^,]*\S/.test(name));
  return plain && !/\sand\s/i.test(name) ? escapeText(name) : `{${escapeText(name)}}`;
}

/** The year of publication when the date starts with one; imported favourites may carry anything. */
function yearOf(paper: BibtexPaper): string | undefined {
  return /^\d{4}/.exec(paper.published ?? '')?.[0];
}

/** Ascii letters of the first author's family name and the title's first word, as Google Scholar keys go. */
export function bibtexKey(paper: BibtexPaper): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const author = paper.authors[0] ?? '';
  const family = author.includes(',') ? author.split(',')[0]! : (author.trim().split(/\s+/).at(-1) ?? '');
  const word =
    paper.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length > 3 && !['with', 'from', 'that', 'this'].includes(w)) ?? '';
  const key = `${ascii(family)}${yearOf(paper) ?? ''}${word}`;
  return /[a-z]/.test(key) ? key : `paper${ascii(paper.id)}`;
}

/** One `name = {value},` line; `balanced` is the last guard, whatever built the value. */
function field(name: string, value: string | undefined): string[] {
  return value ? [`  ${name} = {${balanced(value)}},`] : [];
}

export function bibtexEntry(paper: BibtexPaper, key = bibtexKey(paper)): string {
  const arxiv = isArxivId(paper.id);
  const lines = [
    `@misc{${key},`,
    ...field('title', bibtexTitle(paper.title)),
    ...field('author', paper.authors.map(bibtexName).join(' and ')),
    ...field('year', yearOf(paper)),
    ...(arxiv
      ? [
          ...field('eprint', paper.id),
          ...field('archivePrefix', 'arXiv'),
          ...field('primaryClass', paper.categories[0] && escapeText(paper.categories[0])),
          ...field('url', arxivAbsUrl(paper.id)),
        ]
      : field('url', paper.url && escapeUrl(paper.url))),
    ...field('note', paper.note && escapeText(paper.note.replace(/\s+/g, ' ').trim())),
  ];
  lines[lines.length - 1] = lines.at(-1)!.replace(/,$/, '');
  return `${lines.join('\n')}\n}\n`;
}

/** Several entries, with keys made unique (liu2024one, liu2024onea, …). */
export function bibtexFile(papers: readonly BibtexPaper[]): string {
  const used = new Set<string>();
  return papers
    .map((paper) => {
      const base = bibtexKey(paper);
      let key = base;
      for (let n = 0; used.has(key); n++) key = base + String.fromCharCode(97 + (n % 26)) + (n >= 26 ? Math.floor(n / 26) : '');
      used.add(key);
      return bibtexEntry(paper, key);
    })
    .join('\n');
}

/** Where a paper's .bib file is published: its page's address needs the site's origin and base path. */
export interface BibtexSite {
  /** Origin of the deployed site; absent when unknown (then the entry has no url for non-arXiv papers). */
  origin: string | undefined;
  /** Base path with leading and trailing slash, e.g. "/shelf/". */
  base: string;
}

/** The .bib file of one paper: its original title, and its page's address when the site's origin is known. */
export function paperBibtex(paper: BibtexPaper & { paperTitle?: string | undefined }, site: BibtexSite): string {
  return bibtexEntry({
    ...paper,
    title: paper.paperTitle ?? paper.title,
    url: site.origin ? new URL(withBase(site.base, paperPath(paper.id)), site.origin).href : undefined,
  });
}
