/**
 * The query side of search, independent of the browser: given a way to load index files, it turns
 * a query into ranked papers without scanning every paper. A pasted id is looked up whole. Each query
 * word is looked up in its term shard exactly and by prefix (the word being typed); when it is
 * unknown or rare, fuse.js matches it against a small candidate set (the words of its first letter
 * and about its length sharing most of its letter pairs); Chinese bigrams are looked up directly.
 * A paper must match every part of the query; its score weighs the fields it matched in (id, title
 * and keywords first) by how well each term matched. Newer papers win ties.
 */
import Fuse from 'fuse.js/basic';
import { decodeDocList, decodePostings } from '../../shared/search/codec';
import {
  FIELDS,
  MANIFEST_FILE,
  MASK_WEIGHT,
  fileNames,
  hasPrefixTable,
  shardOf,
  unpackRecord,
  type DisplayRecord,
  type DocRecord,
  type FieldName,
  type FilterFile,
  type SearchManifest,
  type AbstractShard,
  type SpellingFile,
  type TermShard,
} from '../../shared/search/format';
import { recognizeId, type PastedId } from '../../shared/search/query-id';
import { snippetWindow } from '../../shared/search/snippet';
import { bigrams, bigramsNeeded, foldText, queryHighlights, queryParts, type QueryPart } from '../../shared/search/tokenize';

export type LoadFile = (name: string) => Promise<unknown>;

export interface SearchFilters {
  category?: string | undefined;
  year?: number | undefined;
  /** Ids of the papers to keep (the reader's favourites); undefined = no such filter. */
  ids?: readonly string[] | undefined;
  /** Ids of papers to leave out (the ones the reader has read, with "hide read"). */
  exclude?: readonly string[] | undefined;
}

export type SearchSort = 'relevance' | 'newest';

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
  /**
   * Called before the answer when the page's leading hits can be shown at once (their records came
   * with the files already read) and the others wait for a record file: with those first hits, the
   * answer's total and highlights, and `partial` set. The answer then has the whole page, the same
   * hits first.
   */
  onLeading?: (leading: SearchResponse) => void;
}

export interface SearchHit extends DisplayRecord {
  /** The paper's number in the index (for its abstract snippet). */
  doc: number;
  /** Fields the query matched in, best first. */
  fields: FieldName[];
}

/** A window of the abstract a result matched in only (snippetWindow). */
export interface AbstractSnippet {
  doc: number;
  field: 'abstractZh' | 'abstractEn';
  text: string;
}

/** Where a query's time went inside the engine (ms), for the page's performance marks. */
export interface SearchTiming {
  /** From the request to the answer, in the engine. */
  engine: number;
  /** Part of that spent waiting for index files. */
  fetchWait: number;
  /** Index files this query fetched. */
  files: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
  /** Text to highlight in results: the query's words and runs, and the terms they matched. */
  highlights: string[];
  /** Words that matched only with a typo, and the terms used instead. */
  corrections: [string, string][];
  /** When nothing was found: known words nearest to the query's unknown ones. */
  nearest: string[];
  /** The query was a pasted id. */
  pastedId?: PastedId | undefined;
  /** Only the page's leading hits (SearchRequest.onLeading); the rest follow in the answer. */
  partial?: true;
  timing?: SearchTiming;
}

/** A term a query part stands for, with how well it matched (1 = exactly). */
interface Candidate {
  term: string;
  quality: number;
}

interface Shard {
  terms: string[];
  postings: string[];
  prefixes: Record<string, string[]>;
}

type Postings = ReturnType<typeof decodePostings>;

const PREFIX_EXPANSIONS = 6;
const TYPO_EXPANSIONS = 3;
const TYPO_THRESHOLD = 0.34;
const TYPO_SPREAD = 0.08;
const NEAREST_THRESHOLD = 0.5;
/** Fuzzy matching runs for a word that is unknown or in fewer papers than this (it may be a typo). */
const RARE = 4;
/** Words from which a query is a phrase (a pasted title): its known words are not matched with typos. */
const PHRASE_WORDS = 4;
/** A word being typed is completed from at most this many shards beyond its own. */
const PREFIX_SHARDS = 2;

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

/** Postings are two characters per paper or so: their length orders terms by how many papers hold them. */
const weightOf = (shard: Shard, i: number) => shard.postings[i]!.length;

/**
 * The first `count` of `docs` by score, best first (ties: higher paper number, the newer, first),
 * without sorting the rest: a query over common words matches most papers but shows ten.
 */
export function bestOf(docs: readonly number[], score: Float32Array, count: number): number[] {
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a > b);
  if (docs.length <= count * 4) return [...docs].sort((a, b) => score[b]! - score[a]! || b - a).slice(0, count);
  // A sorted list of the best so far, each paper tried against its worst.
  const best: number[] = [];
  for (const doc of docs) {
    if (best.length === count && !better(doc, best[count - 1]!)) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && better(doc, best[at - 1]!)) at--;
    if (best.length === count) best.pop();
    best.splice(at, 0, doc);
  }
  return best;
}

/** A word joined by dots or dashes ("self-supervised", "gpt-4o"), and the words it is made of. */
const isCompound = (part: QueryPart) => part.kind === 'word' && /[.-]/.test(part.text);
const compoundWords = (text: string) => queryParts(text.replace(/[.-]+/g, ' '));

/** A turn for the page: input and paint run before the engine goes on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export interface EngineOptions {
  /**
   * The engine runs on the page: after this many ms of work in one go it lets the page handle
   * input and paint (a short prefix over 100,000 papers decodes long postings lists).
   */
  sliceMs?: number;
}

export function createSearchEngine(loadFile: LoadFile, { sliceMs = 8 }: EngineOptions = {}) {
  let sliceStart = 0;
  /** Yields to the page when the engine has worked for `sliceMs` since it last did. */
  async function breathe(): Promise<void> {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToPage();
    sliceStart = performance.now();
  }

  let fetching = 0;
  let fetchStarted = 0;
  let fetchWait = 0;
  let files = 0;
  /** Counts files and the wall time while at least one is in flight. */
  const load: LoadFile = (name) => {
    files++;
    if (fetching++ === 0) fetchStarted = performance.now();
    return loadFile(name).finally(() => {
      if (--fetching === 0) fetchWait += performance.now() - fetchStarted;
    });
  };

  let manifestPromise: Promise<SearchManifest> | undefined;
  let filtersPromise: Promise<{ categories: Map<string, number[]>; years: Map<number, number[]> }> | undefined;
  const shards = new Map<number, Promise<Shard>>();
  const recordShards = new Map<number, Promise<DocRecord[]>>();
  /** Record files already read, by number: their records are at hand without waiting. */
  const recordFiles = new Map<number, DocRecord[]>();
  const spellings = new Map<string, Promise<{ words: string[]; frequency: Uint8Array } | undefined>>();
  const decoded = new Map<string, Postings>();
  /** Display records that came inside term shards, by paper number. */
  const embedded = new Map<number, DocRecord>();

  const manifest = () => (manifestPromise ??= load(MANIFEST_FILE) as Promise<SearchManifest>);

  async function shard(index: number): Promise<Shard> {
    let loading = shards.get(index);
    if (!loading) {
      loading = manifest().then(async (m) => {
        const file = (await load(fileNames.termShard(m, index))) as TermShard;
        for (const [doc, record] of file.records ?? []) embedded.set(doc, record);
        return { terms: file.terms.map(([term]) => term), postings: file.terms.map(([, p]) => p), prefixes: file.prefixes };
      });
      shards.set(index, loading);
    }
    return loading;
  }

  async function shardFor(term: string): Promise<Shard> {
    return shard(shardOf((await manifest()).firsts, term));
  }

  async function postings(term: string): Promise<Postings | undefined> {
    const cached = decoded.get(term);
    if (cached) return cached;
    const found = await shardFor(term);
    const at = lowerBound(found.terms, term);
    if (found.terms[at] !== term) return undefined;
    const list = decodePostings(found.postings[at]!);
    decoded.set(term, list);
    await breathe();
    return list;
  }

  /** A paper's record if it is at hand: it came inside a term shard, or its record file was read. */
  function recordAtHand(m: SearchManifest, doc: number): DocRecord | undefined {
    const index = Math.floor(doc / m.docsPerShard);
    return embedded.get(doc) ?? recordFiles.get(index)?.[doc - index * m.docsPerShard];
  }

  async function record(doc: number): Promise<DocRecord> {
    const m = await manifest();
    const known = recordAtHand(m, doc);
    if (known) return known;
    const index = Math.floor(doc / m.docsPerShard);
    let loading = recordShards.get(index);
    if (!loading) {
      loading = (load(fileNames.recordShard(m, index)) as Promise<DocRecord[]>).then((file) => {
        recordFiles.set(index, file);
        return file;
      });
      recordShards.set(index, loading);
    }
    return (await loading)[doc - index * m.docsPerShard]!;
  }

  function spelling(letter: string) {
    let loading = spellings.get(letter);
    if (!loading) {
      loading = manifest().then(async (m) => {
        if (!m.letters.includes(letter)) return undefined;
        const file = (await load(fileNames.spelling(m, letter))) as SpellingFile;
        return { words: file.words.split('\n'), frequency: Uint8Array.from(file.frequency, (c) => parseInt(c, 36)) };
      });
      spellings.set(letter, loading);
    }
    return loading;
  }

  const filters = () =>
    (filtersPromise ??= manifest().then(async (m) => {
      const file = (await load(fileNames.filters(m))) as FilterFile;
      return {
        categories: new Map(file.categories.map(([name, docs]) => [name, decodeDocList(docs)])),
        years: new Map(file.years.map(([year, docs]) => [year, decodeDocList(docs)])),
      };
    }));

  /** Words spelt like `word`: same first letter, about its length, most of its letter pairs; fuse.js ranks them. */
  async function nearSpellings(word: string, threshold: number): Promise<{ item: string; score: number }[]> {
    const file = await spelling(String.fromCodePoint(word.codePointAt(0)!));
    if (!file) return [];
    const pairs = new Set(bigrams(word));
    const needed = Math.max(1, pairs.size - 4);
    const candidates = file.words.filter((term) => {
      if (Math.abs(term.length - word.length) > 2 || term === word) return false;
      let shared = 0;
      for (let i = 0; i + 1 < term.length; i++) if (pairs.has(term.slice(i, i + 2))) shared++;
      return shared >= needed;
    });
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, { includeScore: true, threshold, distance: 20, minMatchCharLength: 2 });
    return fuse.search(word).map(({ item, score = 1 }) => ({ item, score }));
  }

  /** Words the word being typed begins: from its own shard, the next ones, or the shard's table of short prefixes. */
  async function completions(word: string): Promise<string[]> {
    const m = await manifest();
    const first = shardOf(m.firsts, word);
    const last = shardOf(m.firsts, `${word}\uffff`);
    // A short prefix whose words span many shards has its table in its own shard.
    if (last - first > PREFIX_SHARDS && hasPrefixTable(word)) {
      const home = await shard(first);
      if (home.prefixes[word]) return home.prefixes[word]!.filter((term) => term !== word);
    }
    const found: { term: string; weight: number }[] = [];
    // The shards a short prefix spans are fetched together, in one round with its own shard.
    const range = Array.from({ length: Math.min(last, first + PREFIX_SHARDS) - first + 1 }, (_, i) => shard(first + i));
    for (const current of await Promise.all(range)) {
      for (let i = lowerBound(current.terms, word); i < current.terms.length && current.terms[i]!.startsWith(word); i++) {
        if (current.terms[i] === word) continue;
        found.push({ term: current.terms[i]!, weight: weightOf(current, i) });
      }
    }
    return found
      .sort((a, b) => b.weight - a.weight || a.term.length - b.term.length)
      .slice(0, PREFIX_EXPANSIONS)
      .map(({ term }) => term);
  }

  /**
   * The terms a word stands for: itself, words it begins, and near spellings. In a phrase (`phrase`:
   * PHRASE_WORDS words or more, as titles are pasted) a word the index has is taken as written, however
   * rare: the other words already pick the paper, and its near spellings would cost a file each.
   */
  async function wordCandidates(part: QueryPart, phrase: boolean): Promise<{ candidates: Candidate[]; correction?: string }> {
    const word = part.text;
    // The completions' shards are asked for with the word's own, not after it: one round, not two.
    const completing = word.length >= (part.last ? 2 : 4) && !/^\d+$/.test(word) ? completions(word) : undefined;
    const home = await shardFor(word);
    const at = lowerBound(home.terms, word);
    const exact = home.terms[at] === word;
    const candidates: Candidate[] = exact ? [{ term: word, quality: 1 }] : [];
    for (const term of (await completing) ?? []) candidates.push({ term, quality: 0.55 + (0.35 * word.length) / term.length });
    const known = exact && (phrase || decodedCount(home, at) >= RARE);
    if (known || word.length < 4 || /\d/.test(word) || (part.last && candidates.length > 0)) return { candidates };
    const seen = new Set(candidates.map((c) => c.term));
    const found = (await nearSpellings(word, TYPO_THRESHOLD)).filter(
      ({ item, score }) => !seen.has(item) && score <= TYPO_THRESHOLD && (part.last || Math.abs(item.length - word.length) <= 2),
    );
    // Only the nearest spellings: "transfomer" means "transformer", not also "transfers".
    const best = found[0]?.score ?? 0;
    const near = found.filter(({ score }) => score <= best + TYPO_SPREAD).slice(0, TYPO_EXPANSIONS);
    for (const { item, score } of near) candidates.push({ term: item, quality: 0.7 * (1 - score) });
    return exact || near.length === 0 ? { candidates } : { candidates, correction: near[0]!.item };
  }

  /** Papers a term is in, from its postings' length (one number pair each, mostly two characters). */
  function decodedCount(found: Shard, at: number): number {
    return Math.ceil(found.postings[at]!.length / 2.5);
  }

  /** Papers whose id field holds one of `ids`. */
  async function docsOfIds(ids: readonly string[]): Promise<number[]> {
    const found = await Promise.all(ids.map((id) => postings(foldText(id))));
    return found.flatMap((list) => (list ? [...list.docs].filter((_, i) => (list.masks[i]! & FIELDS.id.bit) !== 0) : []));
  }

  async function allowedDocs(request: SearchFilters, papers: number): Promise<Uint8Array | undefined> {
    const lists: number[][] = [];
    if (request.category !== undefined || request.year !== undefined) {
      const lookup = await filters();
      if (request.category !== undefined) lists.push(lookup.categories.get(request.category) ?? []);
      if (request.year !== undefined) lists.push(lookup.years.get(request.year) ?? []);
    }
    if (request.ids !== undefined) lists.push(await docsOfIds(request.ids));
    const excluded = request.exclude?.length ? await docsOfIds(request.exclude) : [];
    if (lists.length === 0 && excluded.length === 0) return undefined;
    const count = new Uint8Array(papers);
    for (const list of lists) for (const doc of new Set(list)) count[doc]!++;
    const allowed = count.map((c) => (c === lists.length ? 1 : 0));
    for (const doc of excluded) allowed[doc] = 0;
    return allowed;
  }

  /** The parts of a query, with a compound word ("λ-orthogonality", "gpt-4o") that is in no paper split into its words. */
  async function partsOf(query: string): Promise<QueryPart[]> {
    const parts: QueryPart[] = [];
    for (const part of queryParts(query)) {
      if (isCompound(part) && !(await postings(part.text))) {
        const words = compoundWords(part.text);
        // Each word of the compound is its own group, numbered past any group of the query.
        words.forEach((word, i) => (word.group = 1000 + parts.length + i));
        if (words.length) {
          if (part.last) words.at(-1)!.last = true;
          parts.push(...words);
          continue;
        }
      }
      parts.push(part);
    }
    return parts;
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    sliceStart = started;
    fetchWait = 0;
    files = 0;
    const response = await answer(request);
    return { ...response, timing: { engine: performance.now() - started, fetchWait, files } };
  }

  async function answer(request: SearchRequest): Promise<SearchResponse> {
    const { query, filters: filter = {}, sort = 'relevance', offset = 0, limit = 10 } = request;
    const pastedId = recognizeId(query);
    // Start fetching the shards of the words as typed while the manifest loads, and the spelling file
    // of each word that could be a typo, so a typo does not cost a further round (in a phrase, only for
    // a word the index does not have: wordCandidates). A compound word ("self-supervised") also starts
    // its words' shards: when it is in no paper and is split (partsOf), they are already on their way
    // instead of a round later. A pasted id is looked up whole: the pieces of a URL or an id ("arxiv",
    // "2505") are never searched.
    const typed = queryParts(query);
    const phrase = typed.filter((part) => part.kind === 'word').length >= PHRASE_WORDS;
    const words = pastedId ? [] : typed.flatMap((part) => (isCompound(part) ? [part, ...compoundWords(part.text)] : [part]));
    for (const term of pastedId?.terms ?? []) void shardFor(term).catch(() => undefined);
    for (const part of words) {
      void shardFor(part.text).catch(() => undefined);
      if (!phrase && part.kind === 'word' && part.text.length >= 4 && !/\d/.test(part.text)) {
        void spelling(String.fromCodePoint(part.text.codePointAt(0)!)).catch(() => undefined);
      }
    }
    const m = await manifest();
    const allowed = await allowedDocs(filter, m.papers);
    const highlights = new Set(queryHighlights(query));
    const corrections: [string, string][] = [];
    const unknown: string[] = [];
    const total = new Float32Array(m.papers);
    const fieldMasks = new Uint16Array(m.papers);
    const ranked: number[] = [];

    const idLists = pastedId ? await Promise.all(pastedId.terms.map(postings)) : [];
    if (pastedId && idLists.some(Boolean)) {
      for (const list of idLists) {
        if (!list) continue;
        for (let j = 0; j < list.docs.length; j++) {
          if (!(list.masks[j]! & FIELDS.id.bit) || (allowed && !allowed[list.docs[j]!])) continue;
          if (!total[list.docs[j]!]) ranked.push(list.docs[j]!);
          total[list.docs[j]!] = FIELDS.id.weight;
          fieldMasks[list.docs[j]!] = FIELDS.id.bit;
        }
      }
    } else if (pastedId) {
      // An id the site does not have: nothing else in the query to search for.
    } else {
      const parts = await partsOf(query);
      if (parts.length === 0) {
        // No query: the filters alone choose, newest first.
        if (allowed) allowed.forEach((ok, doc) => ok && ranked.push(doc));
      } else {
        // Per group (a word, a Chinese run): how many of its parts each paper matched.
        const groups = new Map<number, { size: number; matched: Uint8Array }>();
        for (const part of parts) {
          const group = groups.get(part.group);
          if (group) group.size++;
          else groups.set(part.group, { size: 1, matched: new Uint8Array(m.papers) });
        }
        // Every part's candidates and postings are fetched at once: one wave of files, not one per word.
        const exact = (part: QueryPart) => ({ candidates: [{ term: part.text, quality: 1 }] as Candidate[], correction: undefined });
        const found = await Promise.all(
          parts.map(async (part) => {
            const { candidates, correction } = part.kind === 'word' ? await wordCandidates(part, phrase) : exact(part);
            return { candidates, correction, lists: await Promise.all(candidates.map((c) => postings(c.term))) };
          }),
        );
        for (const [index, part] of parts.entries()) {
          await breathe();
          const { candidates, correction, lists } = found[index]!;
          if (correction) corrections.push([part.text, correction]);
          if (!lists.some(Boolean)) {
            unknown.push(part.text);
            if (part.kind === 'word') break;
            continue;
          }
          const partScore = new Float32Array(m.papers);
          const partMask = new Uint16Array(m.papers);
          const touched: number[] = [];
          lists.forEach((list, i) => {
            if (!list) return;
            if (candidates[i]!.quality < 1 || part.kind === 'word') highlights.add(candidates[i]!.term);
            const quality = candidates[i]!.quality;
            for (let j = 0; j < list.docs.length; j++) {
              const doc = list.docs[j]!;
              const score = quality * MASK_WEIGHT[list.masks[j]!]!;
              if (partScore[doc] === 0) touched.push(doc);
              if (score > partScore[doc]!) partScore[doc] = score;
              partMask[doc]! |= list.masks[j]!;
            }
          });
          const matched = groups.get(part.group)!.matched;
          for (const doc of touched) {
            matched[doc]!++;
            total[doc]! += partScore[doc]!;
            fieldMasks[doc]! |= partMask[doc]!;
          }
        }
        const wordMissing = unknown.some((text) => parts.some((p) => p.text === text && p.kind === 'word'));
        if (!wordMissing) {
          const needs = [...groups.values()].map((g) => ({ matched: g.matched, need: bigramsNeeded(g.size) }));
          for (let doc = 0; doc < m.papers; doc++) {
            if (total[doc] === 0 || (allowed && !allowed[doc])) continue;
            let all = true;
            for (let g = 0; g < needs.length && all; g++) all = needs[g]!.matched[doc]! >= needs[g]!.need;
            if (all) ranked.push(doc);
          }
        }
      }
    }
    // Papers are numbered oldest first. Only the shown page is put in order by score.
    const page =
      sort === 'newest' ? ranked.sort((a, b) => b - a).slice(offset, offset + limit) : bestOf(ranked, total, offset + limit).slice(offset);
    const respond = (records: readonly DocRecord[], nearest: string[]): SearchResponse => ({
      query,
      total: ranked.length,
      hits: records.map((record, i) => ({
        ...unpackRecord(record),
        doc: page[i]!,
        fields: FIELD_ORDER.filter((field) => fieldMasks[page[i]!]! & FIELDS[field].bit),
      })),
      highlights: [...highlights].filter((h) => h.length > 0),
      corrections,
      nearest,
      pastedId,
    });
    // The hits whose records are at hand are shown while the others' record files load.
    const atHand = page.map((doc) => recordAtHand(m, doc));
    const leading = atHand.findIndex((known) => !known);
    if (request.onLeading && leading > 0) request.onLeading({ ...respond(atHand.slice(0, leading) as DocRecord[], []), partial: true });
    const records = await Promise.all(page.map(record));
    const nearest = ranked.length === 0 && !pastedId ? await nearestWords(unknown.length ? unknown : typed.map((p) => p.text)) : [];
    return respond(records, nearest);
  }

  /** For a search that found nothing: known words spelt most like the query's words. */
  async function nearestWords(words: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const word of words) {
      if (word.length < 3 || /\d/.test(word)) continue;
      for (const { item } of (await nearSpellings(word, NEAREST_THRESHOLD)).slice(0, 3)) if (!found.includes(item)) found.push(item);
    }
    return found.slice(0, 6);
  }

  const abstractShards = new Map<number, Promise<AbstractShard>>();
  /** Snippets of the abstracts of `docs` around their first match: fetched after the results are shown, never before. */
  async function snippets(docs: readonly number[], highlights: readonly string[]): Promise<AbstractSnippet[]> {
    const m = await manifest();
    const found: AbstractSnippet[] = [];
    for (const doc of docs) {
      const index = Math.floor(doc / m.docsPerShard);
      let loading = abstractShards.get(index);
      if (!loading) abstractShards.set(index, (loading = loadFile(fileNames.abstractShard(m, index)) as Promise<AbstractShard>));
      const [zh, en] = (await loading)[doc - index * m.docsPerShard] ?? ['', ''];
      const zhText = snippetWindow(zh, highlights, 90);
      const text = zhText || snippetWindow(en, highlights);
      if (text) found.push({ doc, field: zhText ? 'abstractZh' : 'abstractEn', text });
    }
    return found;
  }

  /** Fetches what every search needs, so the first query only waits for its own terms. */
  async function warm(): Promise<void> {
    await manifest();
  }

  return { search, warm, snippets };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
