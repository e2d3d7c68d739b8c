/**
 * Authors as a reader follows them: names are matched after a light normalisation (Unicode
 * compatibility forms, accents, case, spacing, "Last, First" order, initials' dots), so "José
 * García", "Jose  Garcia" and "García, José" are one author; different initials stay different
 * people. An author of at least `MIN_PAPERS_FOR_AUTHOR_PAGE` papers gets a page, as keywords do;
 * any other name links to a search for it. Pure: used by the pages and the benchmark.
 */
import { foldText } from '../shared/search/tokenize';

export const MIN_PAPERS_FOR_AUTHOR_PAGE = 2;

export interface AuthorGroup<P> {
  /** The path segment of the author's page. */
  slug: string;
  /** The name as the newest paper writes it. */
  label: string;
  /** Newest first (the order of the input). */
  papers: P[];
}

/** "García, José" → "José García"; a single comma with a given name after it is the bibliographic order. */
function naturalOrder(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((part) => part.trim());
  return last && first && !/^(jr|sr|ii|iii|iv)\.?$/i.test(first) ? `${first} ${last}` : name;
}

/** The key two spellings of one author share. */
export function authorKey(name: string): string {
  return foldText(naturalOrder(name.normalize('NFKC').replace(/\p{Cc}+/gu, ' ')))
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key as a path segment: readable, Chinese kept, characters that would break a path replaced. */
export function authorSlug(name: string): string {
  return (
    authorKey(name)
      .replace(/[/\\?#%\s.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || '-'
  );
}

/** Authors with their papers, most papers first, then by name. */
export function groupByAuthor<P>(papers: readonly P[], authorsOf: (paper: P) => readonly string[]): AuthorGroup<P>[] {
  const groups = new Map<string, AuthorGroup<P>>();
  for (const paper of papers) {
    for (const name of authorsOf(paper)) {
      const slug = authorSlug(name);
      if (!slug || slug === '-') continue;
      const group = groups.get(slug);
      if (!group) groups.set(slug, { slug, label: name.trim(), papers: [paper] });
      else if (group.papers.at(-1) !== paper) group.papers.push(paper);
    }
  }
  return [...groups.values()].sort((a, b) => b.papers.length - a.papers.length || a.label.localeCompare(b.label));
}
