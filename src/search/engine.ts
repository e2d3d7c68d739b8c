/**
 * The query side of search, independent of the browser: given a way to load index files, it turns
 * a query into ranked papers without scanning every paper. Each query word is looked up in the
 * vocabulary exactly, by prefix (the word being typed) and, when it is unknown or rare, with typos
 * by fuse.js over the vocabulary only; Chinese bigrams are looked up directly. Only the postings of
 * those terms are read; a paper must match every part of the query; its score weighs the fields it
 * matched in (title and keywords first) by how well each term matched. Newer papers win ties.
 */
import Fuse from 'fuse.js/basic';
import { decodeDocList, decodePostings, termShard } from './codec';
import {
  FIELDS,
  MANIFEST_FILE,
  MASK_WEIGHT,
  type DocRecord,
  type FieldName,
  type SearchBase,
  type SearchManifest,
  type TermShard,
} from './format';
import { foldText, queryHighlights, queryParts, type QueryPart } from './tokenize';

export type LoadFile = (name: string) => Promise<unknown>;

export interface SearchFilters {
  category?: string | undefined;
  year?: number | undefined;
  /** Ids of the papers to keep (the reader's favourites); undefined = no such filter. */
  ids?: readonly string[] | undefined;
}

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  offset?: number;
  limit?: number;
}

export interface SearchHit {
  id: string;
  title: string;
  takeaway: string;
  published: string;
  categories: string[];
  authors: string;
  keywords: string[];
  /** Fields the query matched in, best first. */
  fields: FieldName[];
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
  /** Text to highlight in results: the query's words and runs, and the terms they matched. */
  highlights: string[];
  /** Words that matched only with a typo, and the terms used instead. */
  corrections: [string, string][];
}

interface Vocabulary {
  terms: string[];
  frequency: Uint8Array;
  categories: Map<string, number[]>;
  categoryNames: string[];
  years: Map<number, number[]>;
}

/** A vocabulary term a query part stands for, with how well it matched (1 = exactly). */
interface Candidate {
  term: string;
  quality: number;
}

const PREFIX_EXPANSIONS = 6;
const TYPO_EXPANSIONS = 3;
const TYPO_THRESHOLD = 0.34;
const TYPO_SPREAD = 0.08;
/** Fuzzy matching runs for a word that is unknown or in fewer papers than this (it may be a typo). */
const RARE = 4;

const FIELD_ORDER = (Object.keys(FIELDS) as FieldName[]).sort((a, b) => FIELDS[b].weight - FIELDS[a].weight);

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function createSearchEngine(load: LoadFile) {
  let manifestPromise: Promise<SearchManifest> | undefined;
  let vocabularyPromise: Promise<Vocabulary> | undefined;
  const termShards = new Map<number, Promise<TermShard>>();
  const docShards = new Map<number, Promise<DocRecord[]>>();
  const postingsCache = new Map<string, ReturnType<typeof decodePostings>>();
  const fuzzyByLetter = new Map<string, Fuse<string>>();

  const manifest = () => (manifestPromise ??= load(MANIFEST_FILE) as Promise<SearchManifest>);

  const vocabulary = () =>
    (vocabularyPromise ??= manifest().then(async (m) => {
      const base = (await load(m.base)) as SearchBase;
      const terms = base.terms ? base.terms.split('\n') : [];
      const frequency = Uint8Array.from(base.frequency, (c) => parseInt(c, 36));
      return {
        terms,
        frequency,
        categories: new Map(base.categories.map(([name, docs]) => [name, decodeDocList(docs)])),
        categoryNames: base.categories.map(([name]) => name),
        years: new Map(base.years.map(([year, docs]) => [year, decodeDocList(docs)])),
      };
    }));

  async function postings(term: string) {
    const cached = postingsCache.get(term);
    if (cached) return cached;
    const m = await manifest();
    const shard = termShard(term, m.termShards.length);
    let loading = termShards.get(shard);
    if (!loading) termShards.set(shard, (loading = load(m.termShards[shard]!) as Promise<TermShard>));
    const encoded = (await loading)[term];
    const decoded = encoded === undefined ? undefined : decodePostings(encoded);
    if (decoded) postingsCache.set(term, decoded);
    return decoded;
  }

  async function record(doc: number): Promise<DocRecord> {
    const m = await manifest();
    const shard = Math.floor(doc / m.docsPerShard);
    let loading = docShards.get(shard);
    if (!loading) docShards.set(shard, (loading = load(m.docShards[shard]!) as Promise<DocRecord[]>));
    return (await loading)[doc - shard * m.docsPerShard]!;
  }

  function fuzzy(vocab: Vocabulary, word: string): Fuse<string> {
    const letter = word[0]!;
    let fuse = fuzzyByLetter.get(letter);
    if (!fuse) {
      const start = lowerBound(vocab.terms, letter);
      const end = lowerBound(vocab.terms, String.fromCodePoint(letter.codePointAt(0)! + 1));
      const words = vocab.terms.slice(start, end).filter((term) => term.length >= 3 && !/\d/.test(term));
      fuse = new Fuse(words, { includeScore: true, threshold: TYPO_THRESHOLD, distance: 20, minMatchCharLength: 2 });
      fuzzyByLetter.set(letter, fuse);
    }
    return fuse;
  }

  /** The vocabulary terms a word stands for: itself, words it begins, and near spellings. */
  function wordCandidates(vocab: Vocabulary, part: QueryPart): { candidates: Candidate[]; correction?: string } {
    const { terms, frequency } = vocab;
    const word = part.text;
    const candidates: Candidate[] = [];
    const at = lowerBound(terms, word);
    const exact = terms[at] === word;
    if (exact) candidates.push({ term: word, quality: 1 });
    if (word.length >= (part.last ? 2 : 4)) {
      const prefixed: number[] = [];
      for (let i = exact ? at + 1 : at; i < terms.length && terms[i]!.startsWith(word); i++) prefixed.push(i);
      prefixed
        .sort((a, b) => frequency[b]! - frequency[a]! || terms[a]!.length - terms[b]!.length)
        .slice(0, PREFIX_EXPANSIONS)
        .forEach((i) => candidates.push({ term: terms[i]!, quality: 0.55 + (0.35 * word.length) / terms[i]!.length }));
    }
    const known = exact && 2 ** frequency[at]! >= RARE;
    if (known || word.length < 4 || /\d/.test(word) || (part.last && candidates.length > 0)) return { candidates };
    const seen = new Set(candidates.map((c) => c.term));
    const found = fuzzy(vocab, word)
      .search(word)
      .filter(
        ({ item, score = 1 }) => !seen.has(item) && score <= TYPO_THRESHOLD && (part.last || Math.abs(item.length - word.length) <= 2),
      );
    // Only the nearest spellings: "transfomer" means "transformer", not also "transfers".
    const best = found[0]?.score ?? 0;
    const near = found.filter(({ score = 1 }) => score <= best + TYPO_SPREAD).slice(0, TYPO_EXPANSIONS);
    for (const { item, score = 1 } of near) candidates.push({ term: item, quality: 0.7 * (1 - score) });
    return exact || near.length === 0 ? { candidates } : { candidates, correction: near[0]!.item };
  }

  async function allowedDocs(filters: SearchFilters, vocab: Vocabulary, papers: number): Promise<Uint8Array | undefined> {
    const lists: number[][] = [];
    if (filters.category !== undefined) lists.push(vocab.categories.get(filters.category) ?? []);
    if (filters.year !== undefined) lists.push(vocab.years.get(filters.year) ?? []);
    if (filters.ids !== undefined) {
      const found = await Promise.all(filters.ids.map((id) => postings(foldText(id))));
      lists.push(
        found
          .flatMap((list) => (list ? [...list.docs].filter((_, i) => (list.masks[i]! & FIELDS.id.bit) !== 0) : []))
          .sort((a, b) => a - b),
      );
    }
    if (lists.length === 0) return undefined;
    const count = new Uint8Array(papers);
    for (const list of lists) for (const doc of new Set(list)) count[doc]!++;
    return count.map((c) => (c === lists.length ? 1 : 0));
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const { query, filters = {}, offset = 0, limit = 10 } = request;
    const parts = queryParts(query);
    // Start fetching the shards of the terms as typed while the vocabulary loads.
    for (const part of parts) postings(part.text).catch(() => undefined);
    const [m, vocab] = await Promise.all([manifest(), vocabulary()]);
    const allowed = await allowedDocs(filters, vocab, m.papers);
    const highlights = new Set(queryHighlights(query));
    const corrections: [string, string][] = [];
    let ranked: number[];
    const fieldMasks = new Uint16Array(m.papers);

    if (parts.length === 0) {
      // No query: the filters alone choose, newest first.
      ranked = [];
      if (allowed) allowed.forEach((ok, doc) => ok && ranked.push(doc));
    } else {
      const total = new Float32Array(m.papers);
      const matchedParts = new Uint8Array(m.papers);
      for (const [index, part] of parts.entries()) {
        let candidates: Candidate[] = [{ term: part.text, quality: 1 }];
        if (part.kind === 'word') {
          const found = wordCandidates(vocab, part);
          candidates = found.candidates;
          if (found.correction) corrections.push([part.text, found.correction]);
        }
        const lists = await Promise.all(candidates.map((c) => postings(c.term)));
        const partScore = new Float32Array(m.papers);
        const partMask = new Uint16Array(m.papers);
        lists.forEach((list, i) => {
          if (!list) return;
          if (candidates[i]!.quality < 1 || part.kind === 'word') highlights.add(candidates[i]!.term);
          const quality = candidates[i]!.quality;
          for (let j = 0; j < list.docs.length; j++) {
            const doc = list.docs[j]!;
            const score = quality * MASK_WEIGHT[list.masks[j]!]!;
            if (score > partScore[doc]!) partScore[doc] = score;
            partMask[doc]! |= list.masks[j]!;
          }
        });
        for (let doc = 0; doc < m.papers; doc++) {
          if (partScore[doc]! > 0 && matchedParts[doc] === index) {
            matchedParts[doc]!++;
            total[doc]! += partScore[doc]!;
            fieldMasks[doc]! |= partMask[doc]!;
          }
        }
      }
      ranked = [];
      for (let doc = 0; doc < m.papers; doc++) if (matchedParts[doc] === parts.length && (!allowed || allowed[doc])) ranked.push(doc);
      ranked.sort((a, b) => total[b]! - total[a]! || a - b);
    }

    const page = ranked.slice(offset, offset + limit);
    const records = await Promise.all(page.map(record));
    return {
      query,
      total: ranked.length,
      hits: records.map(([id, title, takeaway, published, categories, authors, keywords], i) => ({
        id,
        title,
        takeaway,
        published,
        categories: categories.map((c) => vocab.categoryNames[c]!),
        authors,
        keywords,
        fields: FIELD_ORDER.filter((field) => fieldMasks[page[i]!]! & FIELDS[field].bit),
      })),
      highlights: [...highlights].filter((h) => h.length > 0),
      corrections,
    };
  }

  /** Fetches what every search needs, so the first query only waits for its own terms. */
  async function warm(): Promise<void> {
    await vocabulary();
  }

  return { search, warm };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
