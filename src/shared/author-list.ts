/** The authors a card shows: the first few, and how many there are in all when some are left out. */

export interface AuthorList {
  /** The first authors, joined with commas. */
  names: string;
  /** All authors, when some are not named; undefined when every one is. */
  total: number | undefined;
}

export function authorList(authors: readonly string[], shown = 3): AuthorList | undefined {
  if (authors.length === 0) return undefined;
  // "A, B et al. (3 authors)" saves nothing over naming the third: leave out at least two.
  const cut = authors.length > shown + 1 ? shown : authors.length;
  return { names: authors.slice(0, cut).join(', '), total: cut < authors.length ? authors.length : undefined };
}
