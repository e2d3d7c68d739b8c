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

const SPECIAL = /[&%#_]/g;

/** Escapes TeX specials and drops braces that would unbalance the entry. */
function escapeText(text: string): string {
  return text
    .replace(/[{}\\]/g, '')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * A title as BibTeX wants it: words with capitals after their first letter (RAG, PassageGraph,
 * GPT-4) and formulas are wrapped in braces so bibliography styles do not lower-case them.
 */
export function bibtexTitle(title: string): string {
  const parts = title
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\$[^$]+\$)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `{${part.replace(/[{}]/g, (c) => `\\${c}`)}}`;
      return part
        .split(' ')
        .map((word) => (/^.[^\s]*\p{Lu}/u.test(word) ? `{${escapeText(word)}}` : escapeText(word)))
        .join(' ');
    })
    .join('');
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
  const key = `${ascii(family)}${paper.published?.slice(0, 4) ?? ''}${word}`;
  return /[a-z]/.test(key) ? key : `paper${ascii(paper.id)}`;
}

function field(name: string, value: string | undefined): string[] {
  return value ? [`  ${name} = {${value}},`] : [];
}

export function bibtexEntry(paper: BibtexPaper, key = bibtexKey(paper)): string {
  const arxiv = isArxivId(paper.id);
  const lines = [
    `@misc{${key},`,
    ...field('title', bibtexTitle(paper.title)),
    ...field('author', paper.authors.map(escapeText).join(' and ')),
    ...field('year', paper.published?.slice(0, 4)),
    ...(arxiv
      ? [
          ...field('eprint', paper.id),
          ...field('archivePrefix', 'arXiv'),
          ...field('primaryClass', paper.categories[0]),
          ...field('url', arxivAbsUrl(paper.id)),
        ]
      : field('url', paper.url)),
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
