/**
 * Builds the search index at build time from the papers (the site's endpoint and the benchmark call
 * this same function). Papers are numbered oldest first; every searched field is cut into terms
 * (shared/search/tokenize.ts). All terms, sorted, are cut into term shards by range, so a word and
 * the words it begins are usually in one file, found by a binary search over the manifest's first
 * terms. What a result shows goes to small record shards; the words of each first letter go to a
 * spelling file fetched only for a typo; the filter lists to one file fetched only with a filter.
 */
import { createHash } from 'node:crypto';
import type { SearchablePaper } from '../../loader/papers-handoff.ts';
import { namedAuthors } from '../../shared/author-list.ts';
import { encodeDocList, encodePostings } from '../../shared/search/codec.ts';
import {
  EMBEDDED_PER_TERM,
  EMBED_FROM_BIT,
  FIELDS,
  FILES_PER_HASH,
  HASH_CHARS,
  MASK_WEIGHT,
  MANIFEST_FILE,
  SHORT_FROM_BIT,
  fileNames,
  hasPrefixTable,
  packRecord,
  shardOf,
  type DocRecord,
  type FieldName,
  type FilterFile,
  type SearchManifest,
  type SpellingFile,
  type TermShard,
} from '../../shared/search/format.ts';
import { idTerms, indexTerms, isHan, mathWords } from '../../shared/search/tokenize.ts';
import { searchableText } from './searchable-text.ts';

export type { SearchablePaper };

/**
 * A key of everything the index is made of: the version of its code and each paper by id and digest.
 * Under the same key the same files come out, so a build can keep the last build's. None when a
 * paper has no digest: its content is then unknown, and the index must be built.
 */
export function indexKey(version: string, papers: readonly SearchablePaper[]): string | undefined {
  const hash = createHash('sha256').update(version);
  for (const paper of [...papers].sort(compareNewestFirst)) {
    if (paper.digest === undefined) return undefined;
    hash.update(`\0${paper.id}\0${paper.digest}`);
  }
  return hash.digest('base64url').slice(0, 22);
}

/**
 * A paper's terms grouped by the fields they were found in: [field mask, the terms joined by "\n"].
 * Compact, so the terms of every paper can be kept between builds (lib/paper-memo.ts).
 */
export type PaperTerms = [mask: number, terms: string][];

export interface BuildOptions {
  /** Aim for term shards of about this many bytes (before compression), the records riding along included. */
  termShardBytes?: number;
  /** Papers per record shard: small, because a page of results touches up to that many shards. */
  docsPerShard?: number;
  /** Characters of the takeaway kept for the result list. */
  takeawayChars?: number;
  /** Papers per term whose record rides along in the term's shard. */
  embedPerTerm?: number;
  /** A paper's terms (searchTerms, or a remembered copy of what it gave for the same paper). */
  termsOf?: (paper: SearchablePaper) => PaperTerms;
}

export interface SearchIndex {
  manifest: SearchManifest;
  /** File name (relative to /search/) → content. */
  files: Map<string, string>;
  stats: {
    papers: number;
    terms: number;
    postings: number;
    bytes: Record<'terms' | 'records' | 'abstracts' | 'spelling' | 'manifest', number>;
  };
}

const DEFAULTS: Required<BuildOptions> = {
  termShardBytes: 24_000,
  docsPerShard: 12,
  takeawayChars: 140,
  embedPerTerm: EMBEDDED_PER_TERM,
  termsOf: searchTerms,
};
const AUTHORS_SHOWN = 3;
/** Completions kept for a short prefix whose words span several shards. */
const PREFIX_COMPLETIONS = 6;

function withoutMath(text: string): string {
  return text.replace(/\$[^$\n]*\$/g, ' ');
}

/** A title as text: inline math reduced to its letters and digits ("DA$^{2}$" → "DA2"). */
export function titleText(title: string): string {
  return searchableText(mathWords(title));
}

/** Newest first by publication date, undated last, ties by id: the site's own listing order. */
export function compareNewestFirst(a: SearchablePaper, b: SearchablePaper): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

/** The text each searched field holds (shared/search/format.ts: FIELDS); the id is indexed apart. */
function fieldTexts(paper: SearchablePaper, [abstractZh, abstractEn]: readonly [string, string]): [FieldName, string][] {
  const titles = [paper.title, paper.paperTitle ?? ''];
  return [
    // Titles are searched as written (math as its symbols' names) and as read ("DA2" for DA$^{2}$).
    ['title', [...titles, ...titles.map(mathWords)].join(' \n ')],
    ['keywords', paper.keywords.join(' \n ')],
    ['authors', paper.authors.join(' \n ')],
    ['categories', paper.categories.join(' ')],
    ['domains', paper.domains.join(' \n ')],
    ['venue', [paper.journal ?? '', paper.remark ?? ''].join(' \n ')],
    ['takeaway', withoutMath(searchableText(paper.takeaway))],
    ['abstractZh', abstractZh],
    ['abstractEn', abstractEn],
  ];
}

/** The abstracts as searched and as the search page shows them: plain text without math. */
function abstractTexts(paper: SearchablePaper): [zh: string, en: string] {
  return [withoutMath(searchableText(paper.abstract.zh)), withoutMath(searchableText(paper.abstract.en))];
}

/** Every term of a paper, with the fields it is in as a mask (shared/search/format.ts: FIELDS). */
export function searchTerms(paper: SearchablePaper): PaperTerms {
  const masks = new Map<string, number>();
  // An id is found whole, in every form a reader pastes (shared/search/tokenize.ts: idTerms).
  for (const term of idTerms(paper.id, paper.doi)) masks.set(term, FIELDS.id.bit);
  for (const [field, text] of fieldTexts(paper, abstractTexts(paper))) {
    const { bit } = FIELDS[field];
    for (const term of indexTerms(text, bit >= SHORT_FROM_BIT)) masks.set(term, (masks.get(term) ?? 0) | bit);
  }
  const byMask = new Map<number, string[]>();
  for (const [term, mask] of masks) {
    if (term.includes('\n')) continue; // Never cut from text; kept out so the packing stays exact.
    const terms = byMask.get(mask);
    if (terms) terms.push(term);
    else byMask.set(mask, [term]);
  }
  return [...byMask].map(([mask, terms]) => [mask, terms.join('\n')]);
}

/** The shape of a remembered PaperTerms (lib/paper-memo.ts). */
export function isPaperTerms(value: unknown): value is PaperTerms {
  return (
    Array.isArray(value) &&
    value.every((group) => Array.isArray(group) && group.length === 2 && Number.isInteger(group[0]) && typeof group[1] === 'string')
  );
}

function shorten(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars ? text : `${characters.slice(0, chars).join('').trimEnd()}…`;
}

function toRecord(paper: SearchablePaper, takeawayChars: number): DocRecord {
  // The same names a card shows (shared/author-list.ts): a fourth author is named rather than counted.
  const named = namedAuthors(paper.authors.length, AUTHORS_SHOWN);
  return packRecord({
    id: paper.id,
    title: titleText(paper.title),
    titleHtml: paper.titleHtml && /class="katex/.test(paper.titleHtml) ? paper.titleHtml : '',
    takeaway: shorten(searchableText(mathWords(paper.takeaway ?? '')), takeawayChars),
    published: paper.published ?? '',
    categories: paper.categories,
    authors: paper.authors.slice(0, named),
    moreAuthors: paper.authors.length - named,
    keywords: paper.keywords.slice(0, 8),
    venue: shorten(searchableText(paper.journal ?? paper.remark ?? ''), 90),
  });
}

/** A term's postings: ascending paper numbers and each one's field mask. */
interface PostingsList {
  docs: Int32Array;
  masks: Uint16Array;
}

/** Every term's postings, laid out (PostingsTable.finish). */
interface Postings {
  /** Term → its number. */
  numbers: ReadonlyMap<string, number>;
  /** Term number → where its papers start in `docs` and `masks`; one more at the end. */
  starts: Int32Array;
  docs: Int32Array;
  masks: Uint16Array;
}

/**
 * Collects every term's postings into two flat arrays, a term's papers side by side in paper order
 * (a counting sort of each paper's terms by term). A list per term would cost hundreds of bytes
 * per term, and 100,000 papers have millions of terms, most of them in a paper or two.
 */
class PostingsTable {
  private readonly numbers = new Map<string, number>();
  private termOf = new Int32Array(1 << 16);
  private docOf = new Int32Array(1 << 16);
  private maskOf = new Uint16Array(1 << 16);
  private count = 0;

  /** A term of paper `doc`: papers in ascending order, each term once per paper. */
  add(term: string, doc: number, mask: number): void {
    let number = this.numbers.get(term);
    if (number === undefined) this.numbers.set(term, (number = this.numbers.size));
    if (this.count === this.termOf.length) {
      const termOf = new Int32Array(this.count * 2);
      const docOf = new Int32Array(this.count * 2);
      const maskOf = new Uint16Array(this.count * 2);
      termOf.set(this.termOf);
      docOf.set(this.docOf);
      maskOf.set(this.maskOf);
      [this.termOf, this.docOf, this.maskOf] = [termOf, docOf, maskOf];
    }
    this.termOf[this.count] = number;
    this.docOf[this.count] = doc;
    this.maskOf[this.count++] = mask;
  }

  finish(): Postings {
    const starts = new Int32Array(this.numbers.size + 1);
    for (let i = 0; i < this.count; i++) starts[this.termOf[i]! + 1]!++;
    for (let t = 0; t < this.numbers.size; t++) starts[t + 1]! += starts[t]!;
    const next = starts.slice(0, -1);
    const docs = new Int32Array(this.count);
    const masks = new Uint16Array(this.count);
    // In the order added, so each term's papers stay ascending.
    for (let i = 0; i < this.count; i++) {
      const at = next[this.termOf[i]!]!++;
      docs[at] = this.docOf[i]!;
      masks[at] = this.maskOf[i]!;
    }
    return { numbers: this.numbers, starts, docs, masks };
  }
}

function postingsOf({ numbers, starts, docs, masks }: Postings, term: string): PostingsList {
  const number = numbers.get(term)!;
  return { docs: docs.subarray(starts[number], starts[number + 1]), masks: masks.subarray(starts[number], starts[number + 1]) };
}

/** How many papers a term is in. */
function documentFrequency({ numbers, starts }: Postings, term: string): number {
  const number = numbers.get(term)!;
  return starts[number + 1]! - starts[number]!;
}

/**
 * The papers whose records ride along with a term: its best matches by the engine's own order for a
 * one-word query (field weight, then newest), counting only matches outside the abstracts.
 */
function bestPapers(list: PostingsList, count: number): number[] {
  // One pass, keeping the best `count` so far in order: lists of common terms hold thousands of papers.
  const best: { doc: number; weight: number }[] = [];
  if (count <= 0) return [];
  for (let i = list.docs.length - 1; i >= 0; i--) {
    if (list.masks[i]! < EMBED_FROM_BIT) continue;
    const weight = MASK_WEIGHT[list.masks[i]!]!;
    if (best.length === count && weight <= best[count - 1]!.weight) continue;
    // Papers are numbered oldest first and read here from the last, so among equal weights the one already kept is newer.
    let at = best.length;
    while (at > 0 && best[at - 1]!.weight < weight) at--;
    best.splice(at, 0, { doc: list.docs[i]!, weight });
    if (best.length > count) best.pop();
  }
  return best.map(({ doc }) => doc);
}

/** Where a typed prefix's words live: for prefixes of 2-4 letters whose words span shards, the most frequent ones. */
function prefixCompletions(
  sorted: readonly string[],
  df: (term: string) => number,
  firsts: readonly string[],
): Map<number, Record<string, string[]>> {
  const byPrefix = new Map<string, string[]>();
  for (const term of sorted) {
    for (let length = 2; length < term.length; length++) {
      const prefix = term.slice(0, length);
      if (!hasPrefixTable(prefix)) break;
      const list = byPrefix.get(prefix);
      if (list) list.push(term);
      else byPrefix.set(prefix, [term]);
    }
  }
  const perShard = new Map<number, Record<string, string[]>>();
  for (const [prefix, terms] of byPrefix) {
    const home = shardOf(firsts, prefix);
    if (shardOf(firsts, terms.at(-1)!) === home) continue; // All in one shard: the engine reads them there.
    const best = [...terms].sort((a, b) => df(b) - df(a) || a.length - b.length).slice(0, PREFIX_COMPLETIONS);
    let table = perShard.get(home);
    if (!table) perShard.set(home, (table = {}));
    table[prefix] = best;
  }
  return perShard;
}

/** The hash of each block of FILES_PER_HASH contents, HASH_CHARS base-36 characters each, run together (SearchManifest.hashes). */
function blockHashes(contents: readonly string[]): string {
  let hashes = '';
  for (let start = 0; start < contents.length; start += FILES_PER_HASH) {
    const hash = createHash('sha256');
    for (const content of contents.slice(start, start + FILES_PER_HASH)) hash.update(content).update('\0');
    hashes += (hash.digest().readUInt32BE(0) + 0x100000000).toString(36).slice(-HASH_CHARS);
  }
  return hashes;
}

export function buildSearchIndex(input: readonly SearchablePaper[], options: BuildOptions = {}): SearchIndex {
  const { termShardBytes, docsPerShard, takeawayChars, embedPerTerm, termsOf } = { ...DEFAULTS, ...options };
  // Oldest first: papers that arrive take new numbers, and the files of the others stay as they were.
  const papers = [...input].sort(compareNewestFirst).reverse();
  const table = new PostingsTable();
  const categoryDocs = new Map<string, number[]>();
  const yearDocs = new Map<number, number[]>();
  const records: DocRecord[] = [];
  const abstracts: [string, string][] = [];
  const push = <K>(map: Map<K, number[]>, key: K, doc: number) => {
    const list = map.get(key);
    if (list) list.push(doc);
    else map.set(key, [doc]);
  };

  papers.forEach((paper, doc) => {
    // Fresh or remembered, a paper's terms take the same path in, so both give the same index.
    for (const [mask, terms] of termsOf(paper)) for (const term of terms.split('\n')) table.add(term, doc, mask);
    for (const category of paper.categories) push(categoryDocs, category, doc);
    if (paper.published) push(yearDocs, Number(paper.published.slice(0, 4)), doc);
    records.push(toRecord(paper, takeawayChars));
    abstracts.push(abstractTexts(paper));
  });

  // Term shards by sorted range.
  const postings = table.finish();
  const sorted = [...postings.numbers.keys()].sort();
  const df = (term: string) => documentFrequency(postings, term);
  const shards: [string, string][][] = [];
  const firsts: string[] = [];
  // A shard's size counts the records that ride along with its terms, each once: they are most of its bytes.
  // The papers whose records ride along with each shard's terms.
  const shardRecords: Set<number>[] = [];
  const recordBytes = records.map((record) => JSON.stringify(record).length + 8);
  let embedded = new Set<number>();
  let bytes = Infinity;
  /** The bytes a term adds to a shard whose records so far are `embedded`. */
  const sizeIn = (embedded: ReadonlySet<number>, term: string, encoded: string, papersOfTerm: readonly number[]) =>
    papersOfTerm.reduce((sum, doc) => sum + (embedded.has(doc) ? 0 : recordBytes[doc]!), encoded.length + term.length * 2 + 8);
  for (const term of sorted) {
    const list = postingsOf(postings, term);
    const encoded = encodePostings(list.docs, list.masks);
    const papersOfTerm = bestPapers(list, embedPerTerm);
    let size = sizeIn(embedded, term, encoded, papersOfTerm);
    if (bytes + size > termShardBytes && (shards.at(-1)?.length ?? 1) > 0) {
      shards.push([]);
      firsts.push(term);
      shardRecords.push((embedded = new Set()));
      size = sizeIn(embedded, term, encoded, papersOfTerm);
      bytes = 0;
    }
    shards.at(-1)!.push([term, encoded]);
    for (const doc of papersOfTerm) embedded.add(doc);
    bytes += size;
  }
  if (shards.length === 0) {
    shards.push([]);
    firsts.push('');
    shardRecords.push(new Set());
  }
  const prefixes = prefixCompletions(sorted, df, firsts);
  const termFiles = shards.map((terms, i): TermShard => {
    const embedded = [...shardRecords[i]!].sort((a, b) => a - b).map((doc): [number, DocRecord] => [doc, records[doc]!]);
    return { terms, prefixes: prefixes.get(i) ?? {}, records: embedded };
  });

  // Spelling files: the words of each first letter (no digits, three letters or more).
  const spelling = new Map<string, string[]>();
  for (const term of sorted) {
    if (term.length < 3 || isHan(term) || !/^\p{L}+$/u.test(term)) continue;
    const letter = String.fromCodePoint(term.codePointAt(0)!);
    const words = spelling.get(letter);
    if (words) words.push(term);
    else spelling.set(letter, [term]);
  }
  const spellingFiles = [...spelling].map(([letter, words]): [string, SpellingFile] => [
    letter,
    { words: words.join('\n'), frequency: words.map((w) => Math.min(35, Math.floor(Math.log2(df(w)))).toString(36)).join('') },
  ]);
  const filters: FilterFile = {
    categories: [...categoryDocs].sort((a, b) => b[1].length - a[1].length).map(([name, docs]) => [name, encodeDocList(docs)]),
    years: [...yearDocs].sort((a, b) => b[0] - a[0]).map(([year, docs]) => [year, encodeDocList(docs)]),
  };

  // Each kind's files in order; a block of FILES_PER_HASH of them shares the hash of its contents.
  const termContents = termFiles.map((shard) => JSON.stringify(shard));
  const recordContents: string[] = [];
  const abstractContents: string[] = [];
  for (let start = 0; start < records.length; start += docsPerShard) {
    recordContents.push(JSON.stringify(records.slice(start, start + docsPerShard)));
    abstractContents.push(JSON.stringify(abstracts.slice(start, start + docsPerShard)));
  }
  const spellingContents = spellingFiles.map(([, file]) => JSON.stringify(file));
  const filterContents = [JSON.stringify(filters)];

  const manifest: SearchManifest = {
    version: 3,
    hashes: {
      t: blockHashes(termContents),
      r: blockHashes(recordContents),
      a: blockHashes(abstractContents),
      s: blockHashes(spellingContents),
      f: blockHashes(filterContents),
    },
    papers: papers.length,
    firsts,
    docsPerShard,
    recordShards: recordContents.length,
    letters: spellingFiles.map(([letter]) => letter).join(''),
  };
  const files = new Map<string, string>([[MANIFEST_FILE, JSON.stringify(manifest)]]);
  termContents.forEach((content, i) => files.set(fileNames.termShard(manifest, i), content));
  recordContents.forEach((content, i) => files.set(fileNames.recordShard(manifest, i), content));
  abstractContents.forEach((content, i) => files.set(fileNames.abstractShard(manifest, i), content));
  spellingFiles.forEach(([letter], i) => files.set(fileNames.spelling(manifest, letter), spellingContents[i]!));
  files.set(fileNames.filters(manifest), filterContents[0]!);
  const sizeOf = (contents: readonly string[]) => contents.reduce((sum, content) => sum + Buffer.byteLength(content), 0);
  const totals = {
    terms: sizeOf(termContents),
    records: sizeOf(recordContents),
    abstracts: sizeOf(abstractContents),
    spelling: sizeOf(spellingContents) + sizeOf(filterContents),
    manifest: files.get(MANIFEST_FILE)!.length,
  };
  return { manifest, files, stats: { papers: papers.length, terms: postings.numbers.size, postings: postings.docs.length, bytes: totals } };
}
