/**
 * The shape of the search index files under /search/, written at build time (src/lib/search/
 * build-index.ts) and read in the browser (src/client/search/engine.ts). Only manifest.json has a
 * fixed name; every other name carries the index's key, a hash of its content, so a new build never
 * mixes with files a browser cached from an older one.
 */
import { isHan } from './tokenize.ts';

/**
 * Searched fields: bit in a posting's mask, weight in ranking. The long fields (the abstracts) take the
 * low bits, below SHORT_FROM_BIT.
 */
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

/** Fields from this bit up are short (every field but the abstracts): Chinese in them is indexed by single characters too. */
export const SHORT_FROM_BIT = FIELDS.takeaway.bit;

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

/** The kinds of index file, by the first letter of their names: terms, records, abstracts, spelling, filters. */
export type FileKind = 't' | 'r' | 'a' | 's' | 'f';

/** /search/manifest.json. */
export interface SearchManifest {
  version: 3;
  /**
   * Per kind of file, the hash of each block of FILES_PER_HASH files (in file order), HASH_CHARS
   * characters each, run together. A file's name carries its block's hash: it changes only when a
   * file of its block changes, so a day's new papers leave most names, and the browser's and the
   * CDN's copies, as they were.
   */
  hashes: Record<FileKind, string>;
  /**
   * Number of papers; paper numbers 0…papers-1 are oldest first, so the papers that arrive take new
   * numbers and leave the old ones (and the files that hold them) as they were.
   */
  papers: number;
  /** First term of each term shard: shard i holds the terms from firsts[i] up to firsts[i+1] (sorted by UTF-16 code units). */
  firsts: string[];
  /** Paper records per record shard, in paper-number order. */
  docsPerShard: number;
  recordShards: number;
  /** First letters that have a spelling file (typo candidates), as one string. */
  letters: string;
}

/**
 * A term shard: [term, postings (encodePostings)] sorted by term; the best completions of short
 * prefixes that sort into it; and the display records of each term's best papers (up to
 * EMBEDDED_PER_TERM, by the field they matched in, then newest), keyed by paper number, so a query
 * usually paints after fetching its terms' shards alone.
 */
export interface TermShard {
  terms: [string, string][];
  /** Prefix of 2-4 letters → its most frequent completions, for the word being typed when they span shards. */
  prefixes: Record<string, string[]>;
  records: [number, DocRecord][];
}

/**
 * Which prefixes get a completions table in their shard when their words span shards: 2-4
 * characters, beginning with a letter, not Chinese. The engine relies on it to know, from the
 * manifest alone, whether a word's completions need the shards it spans.
 */
export function hasPrefixTable(prefix: string): boolean {
  return prefix.length >= 2 && prefix.length <= 4 && /^\p{L}/u.test(prefix) && !isHan(prefix);
}

/** Papers per term whose display record rides along in the term's shard. */
export const EMBEDDED_PER_TERM = 10;
/** Only matches in a short field bring their paper's record along (an abstract-only match does not). */
export const EMBED_FROM_BIT = SHORT_FROM_BIT;

/** A spelling file: the words beginning with one letter, for typo matching, and the base-36 frequency class floor(log2(df)) of each. */
export interface SpellingFile {
  words: string;
  frequency: string;
}

/** An abstract shard: per paper of the matching record shard, its Chinese and English abstract as plain text. */
export type AbstractShard = [string, string][];

/** The filters: category name and its paper list (encodeDocList), publication year and its list. */
export interface FilterFile {
  categories: [string, string][];
  years: [number, string][];
}

/** What a result shows, the one list of its fields: the builder packs it, the engine unpacks it. */
export interface DisplayRecord {
  id: string;
  /** Plain text, inline math reduced to its letters. */
  title: string;
  /** The title as KaTeX HTML (the site's own sanitized pipeline) when it has math, else "". */
  titleHtml: string;
  /** Plain, shortened. */
  takeaway: string;
  published: string;
  categories: string[];
  /** The first few. */
  authors: string[];
  /** Authors beyond those listed. */
  moreAuthors: number;
  keywords: string[];
  /** Venue or remark, shortened. */
  venue: string;
}

/** The order of a DisplayRecord's fields in the files, where it is a plain array (no key names repeated). */
const RECORD_FIELDS = [
  'id',
  'title',
  'titleHtml',
  'takeaway',
  'published',
  'categories',
  'authors',
  'moreAuthors',
  'keywords',
  'venue',
] as const satisfies readonly (keyof DisplayRecord)[];

type Packed<T extends readonly (keyof DisplayRecord)[]> = { -readonly [I in keyof T]: DisplayRecord[T[I] & keyof DisplayRecord] };
export type DocRecord = Packed<typeof RECORD_FIELDS>;

export function packRecord(record: DisplayRecord): DocRecord {
  return RECORD_FIELDS.map((field) => record[field]) as unknown as DocRecord;
}

export function unpackRecord(packed: DocRecord): DisplayRecord {
  return Object.fromEntries(RECORD_FIELDS.map((field, i) => [field, packed[i]])) as unknown as DisplayRecord;
}

export const MANIFEST_FILE = 'manifest.json';

/** Files that share a hash in their names (SearchManifest.hashes). */
export const FILES_PER_HASH = 8;
export const HASH_CHARS = 7;

type Hashes = Pick<SearchManifest, 'hashes' | 'letters'>;
const blockHash = (m: Hashes, kind: FileKind, i: number) =>
  m.hashes[kind].slice(Math.floor(i / FILES_PER_HASH) * HASH_CHARS, (Math.floor(i / FILES_PER_HASH) + 1) * HASH_CHARS);

export const fileNames = {
  termShard: (m: Hashes, i: number) => `t${i}.${blockHash(m, 't', i)}.json`,
  recordShard: (m: Hashes, i: number) => `r${i}.${blockHash(m, 'r', i)}.json`,
  /** The abstracts of the papers of record shard i, for snippets of matches found only there. */
  abstractShard: (m: Hashes, i: number) => `a${i}.${blockHash(m, 'a', i)}.json`,
  /** `letter` is one of `m.letters`; its files are in that order. */
  spelling: (m: Hashes, letter: string) =>
    `s${letter.codePointAt(0)!.toString(36)}.${blockHash(m, 's', [...m.letters].indexOf(letter))}.json`,
  filters: (m: Hashes) => `f.${blockHash(m, 'f', 0)}.json`,
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
