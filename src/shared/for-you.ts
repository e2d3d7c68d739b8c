/**
 * "For you": the home page ranks the newest papers by what they share with the reader's
 * favourites, in the browser, from one compact file (for-you.json) fetched only when the reader
 * has favourites. Shared by the build (encode) and the browser (decode, rank); pure.
 *
 * The file lists every paper, newest first, as `id|keywords|categories` with keywords and
 * categories as base-36 indexes into two name lists; only keywords of two or more papers are
 * listed (no other paper can share the rest). The first `titles.length` papers are the candidates
 * and carry their titles.
 */

export const FOR_YOU_VERSION = 1;

export interface ForYouFile {
  v: typeof FOR_YOU_VERSION;
  keywords: string[];
  categories: string[];
  papers: string[];
  titles: string[];
}

export interface ForYouPaper {
  id: string;
  title: string;
  published?: string | undefined;
  keywords: readonly string[];
  categories: readonly string[];
}

/** Builds the file from papers newest first; the newest `candidates` carry titles. */
export function encodeForYou(papers: readonly ForYouPaper[], candidates = 300): ForYouFile {
  const keywordPapers = new Map<string, number>();
  for (const paper of papers) for (const k of new Set(paper.keywords.map(keyOf))) keywordPapers.set(k, (keywordPapers.get(k) ?? 0) + 1);
  const keywords: string[] = [];
  const keywordIndex = new Map<string, number>();
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const indexOf = (name: string, key: string, names: string[], index: Map<string, number>) => {
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = names.push(name) - 1));
    return i.toString(36);
  };
  const lines = papers.map((paper) => {
    const shared = [...new Map(paper.keywords.map((k) => [keyOf(k), k.trim()])).entries()].filter(([key]) => keywordPapers.get(key)! >= 2);
    const k = shared.map(([key, name]) => indexOf(name, key, keywords, keywordIndex)).join(',');
    const c = paper.categories.map((name) => indexOf(name, name, categories, categoryIndex)).join(',');
    return `${paper.id}|${k}|${c}`;
  });
  return { v: FOR_YOU_VERSION, keywords, categories, papers: lines, titles: papers.slice(0, candidates).map((p) => p.title) };
}

function keyOf(keyword: string): string {
  return keyword.trim().toLowerCase();
}

export interface Recommendation {
  id: string;
  title: string;
  /** Keywords (or, failing those, categories) it shares with favourites, the most shared first. */
  shared: string[];
  /** How many favourites share at least one of them. */
  favourites: number;
  score: number;
}

interface Decoded {
  id: string;
  keywords: number[];
  categories: number[];
}

function decode(line: string): Decoded {
  const [id = '', k = '', c = ''] = line.split('|');
  const numbers = (text: string) => (text ? text.split(',').map((n) => parseInt(n, 36)) : []);
  return { id, keywords: numbers(k), categories: numbers(c) };
}

/**
 * The candidates (newest papers) not already favourites, ranked by the keywords they share with
 * favourites (rarer keywords weigh more), categories counting a little; at most `max`, none
 * without anything shared. Empty without favourites.
 */
export function rankForYou(file: ForYouFile, favouriteIds: ReadonlySet<string>, max = 6): Recommendation[] {
  if (file.v !== FOR_YOU_VERSION || favouriteIds.size === 0) return [];
  const papers = file.papers.map(decode);
  const keywordFavourites = new Map<number, Set<number>>();
  const categoryFavourites = new Map<number, Set<number>>();
  const keywordPapers = new Map<number, number>();
  papers.forEach((paper, i) => {
    for (const k of paper.keywords) keywordPapers.set(k, (keywordPapers.get(k) ?? 0) + 1);
    if (!favouriteIds.has(paper.id)) return;
    for (const k of paper.keywords) (keywordFavourites.get(k) ?? keywordFavourites.set(k, new Set()).get(k)!).add(i);
    for (const c of paper.categories) (categoryFavourites.get(c) ?? categoryFavourites.set(c, new Set()).get(c)!).add(i);
  });
  if (keywordFavourites.size === 0 && categoryFavourites.size === 0) return [];
  const total = papers.length;
  const found: Recommendation[] = [];
  papers.slice(0, file.titles.length).forEach((paper, i) => {
    if (favouriteIds.has(paper.id)) return;
    const byKeyword = paper.keywords.filter((k) => keywordFavourites.has(k));
    let score = 0;
    const sharers = new Set<number>();
    for (const k of byKeyword) {
      const fans = keywordFavourites.get(k)!;
      score += fans.size * Math.log(1 + total / keywordPapers.get(k)!);
      for (const f of fans) sharers.add(f);
    }
    const byCategory = paper.categories.filter((c) => categoryFavourites.has(c));
    for (const c of byCategory) score += 0.1 * categoryFavourites.get(c)!.size;
    if (score === 0) return;
    let shared: string[];
    if (byKeyword.length > 0) {
      shared = byKeyword
        .sort((a, b) => keywordFavourites.get(b)!.size - keywordFavourites.get(a)!.size || a - b)
        .map((k) => file.keywords[k]!);
    } else {
      shared = byCategory.map((c) => file.categories[c]!);
      for (const c of byCategory) for (const f of categoryFavourites.get(c)!) sharers.add(f);
    }
    found.push({ id: paper.id, title: file.titles[i]!, shared: shared.slice(0, 2), favourites: sharers.size, score });
  });
  // Newer first among equals: the input order is newest first and sort is stable.
  return found.sort((a, b) => b.score - a.score).slice(0, max);
}
