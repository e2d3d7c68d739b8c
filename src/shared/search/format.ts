/**
 * The shape of the search index files under /search/, written at build time (src/lib/search/
 * build-index.ts) and read in the browser (src/client/search/engine.ts). Only manifest.json has a
 * fixed name; every other name carries the index's key, a hash of its content, so a new build never
 * mixes with files a browser cached from an older one.
 */

/** Searched fields: bit in a posting's mask, weight in ranking. Long fields take the low bits (one character). */
export const FIELDS = {
  abstractEn: { bit: 1 << 0, weight: 1 },
  abstractZh: { bit: 1 << 1, weight: 1 },
  takeaway: { bit: 1 << 2, weight: 3 },
  domains: { bit: 1 << 3, weight: 3 },
  categories: { bit: 1 << 4, weight: 4 },
  venue: { bit: 1 << 5, weight: 5 },
  authors: { bit: 1 << 6, weight: 6 },
  keywords: { bit: 1 << 7, weight: 8 },
  title: { bit: 1 << 8, weight: 10 },
  id: { bit: 1 << 9, weight: 12 },
} as const;

export type FieldName = keyof typeof FIELDS;

/** The highest weight among the fields in a mask, plus a little for each further field. */
export const MASK_WEIGHT: Float32Array = (() => {
  const fields = Object.values(FIELDS);
  const weights = new Float32Array(1 << fields.length);
  for (let mask = 1; mask < weights.length; mask++) {
    let best = 0;
    let count = 0;
    for (const field of fields) {
      if (!(mask & field.bit)) continue;
      best = Math.max(best, field.weight);
      count++;
    }
    weights[mask] = best + 0.25 * (count - 1);
  }
  return weights;
})();

/** /search/manifest.json. */
export interface SearchManifest {
  version: 2;
  /** Hash of the whole index: part of every other file name. */
  key: string;
  /** Number of papers; paper numbers 0…papers-1 are newest first. */
  papers: number;
  /** First term of each term shard: shard i holds the terms from firsts[i] up to firsts[i+1] (sorted by UTF-16 code units). */
  firsts: string[];
  /** Paper records per record shard, in paper-number order. */
  docsPerShard: number;
  recordShards: number;
  /** First letters that have a spelling file (typo candidates), as one string. */
  letters: string;
}

/** A term shard: [term, postings (encodePostings)] sorted by term; and the best completions of short prefixes that sort into it. */
export interface TermShard {
  terms: [string, string][];
  /** Prefix of 2-3 letters → its most frequent completions, for the word being typed when they span shards. */
  prefixes: Record<string, string[]>;
}

/** A spelling file: the words beginning with one letter, for typo matching, and the base-36 frequency class floor(log2(df)) of each. */
export interface SpellingFile {
  words: string;
  frequency: string;
}

/** The filters: category name and its paper list (encodeDocList), publication year and its list. */
export interface FilterFile {
  categories: [string, string][];
  years: [number, string][];
}

/**
 * What a result shows: id, title (plain text), title as KaTeX HTML when it has math (else ""),
 * takeaway (plain, shortened), published, categories, authors (first few), more authors (count),
 * keywords, venue or remark (shortened).
 */
export type DocRecord = [string, string, string, string, string, string[], string[], number, string[], string];

export const MANIFEST_FILE = 'manifest.json';

export const fileNames = {
  termShard: (key: string, i: number) => `t${i}.${key}.json`,
  recordShard: (key: string, i: number) => `r${i}.${key}.json`,
  spelling: (key: string, letter: string) => `s${letter.codePointAt(0)!.toString(36)}.${key}.json`,
  filters: (key: string) => `f.${key}.json`,
};

/** Index of the shard whose range holds `term` (binary search over the first terms). */
export function shardOf(firsts: readonly string[], term: string): number {
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (firsts[mid]! <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}
