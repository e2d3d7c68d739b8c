/**
 * How much of a facet a facet index page lists. A large archive has tens of thousands of keywords,
 * most in one paper each: listing them all would make the index page megabytes on a phone. The
 * index lists the first values up to a bound (the groups come largest first, dates newest first) and
 * says how many it left out; every value stays reachable from its papers, through search, and for
 * dates from the previous/next links of the date pages.
 */
export const INDEX_ENTRIES = 2000;

export function indexEntries<T>(groups: readonly T[], limit = INDEX_ENTRIES): { shown: readonly T[]; left: number } {
  return groups.length <= limit ? { shown: groups, left: 0 } : { shown: groups.slice(0, limit), left: groups.length - limit };
}
