/** The authors a card shows: the first few, and how many there are in all when some are left out. */

export interface AuthorList {
  /** The first authors, joined with commas. */
  names: string;
  /** All authors, when some are not named; undefined when every one is. */
  total: number | undefined;
}

/** How many of the authors a line names: all of them, or `shown` when at least two would be left out. */
export function namedAuthors(count: number, shown = 3): number {
  // "A, B et al. (3 authors)" saves nothing over naming the third: leave out at least two.
  return count > shown + 1 ? shown : count;
}

export function authorList(authors: readonly string[], shown = 3): AuthorList | undefined {
  if (authors.length === 0) return undefined;
  const cut = namedAuthors(authors.length, shown);
  return { names: authors.slice(0, cut).join(', '), total: cut < authors.length ? authors.length : undefined };
}
