/**
 * The shape of the search index files under /search/, written at build time (build-index.ts) and
 * read in the browser (engine.ts). Field names are short because they repeat in every file.
 */

/** Searched fields: bit in a posting's mask, weight in ranking. Long fields take the low bits (one character). */
export const FIELDS = {
  abstractEn: { bit: 1 << 0, weight: 1 },
  abstractZh: { bit: 1 << 1, weight: 1 },
  takeaway: { bit: 1 << 2, weight: 3 },
  domains: { bit: 1 << 3, weight: 3 },
  categories: { bit: 1 << 4, weight: 4 },
  authors: { bit: 1 << 5, weight: 6 },
  keywords: { bit: 1 << 6, weight: 8 },
  title: { bit: 1 << 7, weight: 10 },
  id: { bit: 1 << 8, weight: 10 },
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

/** /search/manifest.json: the one file with a fixed name; every other file name carries a content hash. */
export interface SearchManifest {
  version: 1;
  /** Number of papers; paper numbers 0…papers-1 are newest first. */
  papers: number;
  /** The vocabulary and filters file. */
  base: string;
  /** Term shard files, by `termShard(term, termShards.length)`. */
  termShards: string[];
  /** Paper record files, `docsPerShard` papers each, in paper-number order. */
  docShards: string[];
  docsPerShard: number;
}

/** The vocabulary (for prefixes and typos) and the filter lists. */
export interface SearchBase {
  /** Every Latin-script term, sorted, joined by "\n". Chinese terms are looked up directly. */
  terms: string;
  /** One character per term: its document-frequency class, floor(log2(df)), as a base-36 digit. */
  frequency: string;
  /** Category name and its paper list (encodeDocList). */
  categories: [string, string][];
  /** Publication year and its paper list. */
  years: [number, string][];
}

/** A term shard: term → postings (encodePostings). */
export type TermShard = Record<string, string>;

/** What a result shows: [id, title, takeaway, published, category numbers (SearchBase.categories), authors, keywords]. */
export type DocRecord = [string, string, string, string, number[], string, string[]];

export const MANIFEST_FILE = 'manifest.json';
