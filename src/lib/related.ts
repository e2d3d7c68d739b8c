/**
 * Related papers, computed once per build: every paper becomes a TF-IDF vector over the terms the
 * search index cuts (shared/search/tokenize.ts: words, Chinese bigrams) plus whole keywords, categories and
 * domains; each vector keeps only its strongest terms; candidates come from an inverted index over
 * those terms (never all pairs), scored by cosine similarity. Pure and deterministic: the same
 * papers give the same lists, ties broken by id, so a list changes only when its neighbours do.
 */
import { searchableText } from './search/searchable-text.ts';
import { foldText, indexTerms } from '../shared/search/tokenize.ts';
import type { PaperDigest } from '../loader/entry-schema.ts';

/** The fields of a paper the similarity reads. */
export interface RelatablePaper {
  id: string;
  title: string;
  paperTitle?: string | undefined;
  published?: string | undefined;
  categories: readonly string[];
  keywords: readonly string[];
  domains: readonly string[];
  takeaway?: string | undefined;
  abstract: { zh?: string | undefined; en?: string | undefined };
  /** The paper's content digest: its terms are remembered under it between builds (RelatedOptions.termsOf). */
  digest?: PaperDigest | undefined;
}

/**
 * A paper's terms grouped by weight: [weight, the terms joined by "\n"]. Compact, so the terms of
 * every paper can be kept between builds (lib/paper-memo.ts).
 */
export type WeightedTerms = [weight: number, terms: string][];

export interface RelatedOptions {
  /** At most this many related papers per paper. */
  max?: number;
  /** At least this many when the archive has them: weaker matches, then same-category neighbours, fill up. */
  min?: number;
  /** Terms kept per paper (the strongest by TF-IDF weight). */
  termsPerPaper?: number;
  /** A term in more papers than this share of the archive is too common to find neighbours by. */
  maxDocumentShare?: number;
  /** Papers kept per term in the inverted index (its strongest): bounds the work per paper. */
  maxPostings?: number;
  /** A paper's terms (weightedTerms, or a remembered copy of what it gave for the same paper). */
  termsOf?: (paper: RelatablePaper) => WeightedTerms;
}

export interface RelatedLink {
  id: string;
  /** Cosine similarity of the two vectors, 0 for a paper added only to reach `min`. */
  score: number;
}

export interface RelatedResult {
  related: Map<string, RelatedLink[]>;
  stats: { papers: number; terms: number; postings: number; milliseconds: number };
}

const DEFAULTS: Required<RelatedOptions> = {
  max: 8,
  min: 5,
  termsPerPaper: 32,
  maxDocumentShare: 0.05,
  maxPostings: 100,
  termsOf: weightedTerms,
};

/** How much a term found in each field counts; keywords and titles say most about a paper. */
const WEIGHTS = { keyword: 3, category: 1.5, domain: 1, title: 2, takeaway: 1.5, abstract: 1 } as const;

function withoutMath(text: string): string {
  return text.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ');
}

/** A paper's terms with their field weights summed. Facet values also count whole, prefixed so they never meet a word. */
export function paperTerms(paper: RelatablePaper): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const addText = (text: string | undefined, weight: number, short: boolean) => {
    if (text) for (const term of indexTerms(withoutMath(searchableText(text)), short)) add(term, weight);
  };
  for (const keyword of paper.keywords) {
    add(`k:${foldText(keyword.trim())}`, WEIGHTS.keyword);
    addText(keyword, WEIGHTS.keyword / 2, false);
  }
  for (const category of paper.categories) add(`c:${category.toLowerCase()}`, WEIGHTS.category);
  for (const domain of paper.domains) add(`d:${foldText(domain.trim())}`, WEIGHTS.domain);
  addText([paper.title, paper.paperTitle ?? ''].join(' '), WEIGHTS.title, false);
  addText(paper.takeaway, WEIGHTS.takeaway, false);
  addText(paper.abstract.zh, WEIGHTS.abstract, false);
  addText(paper.abstract.en, WEIGHTS.abstract, false);
  return terms;
}

/** paperTerms grouped by weight, in order of each weight's first term. */
export function weightedTerms(paper: RelatablePaper): WeightedTerms {
  const byWeight = new Map<number, string[]>();
  for (const [term, weight] of paperTerms(paper)) {
    if (term.includes('\n')) continue; // Never cut from text; kept out so the packing stays exact.
    const terms = byWeight.get(weight);
    if (terms) terms.push(term);
    else byWeight.set(weight, [term]);
  }
  return [...byWeight].map(([weight, terms]) => [weight, terms.join('\n')]);
}

/** The shape of remembered WeightedTerms (lib/paper-memo.ts). */
export function isWeightedTerms(value: unknown): value is WeightedTerms {
  return (
    Array.isArray(value) &&
    value.every((group) => Array.isArray(group) && group.length === 2 && Number.isFinite(group[0]) && typeof group[1] === 'string')
  );
}

/**
 * A paper's vector: the TF-IDF weights of its `keep` strongest terms (ties: lower term number),
 * normalised to length 1. A native numeric sort finds the threshold; no comparator per pair.
 */
function strongest(ids: Int32Array, tf: Float32Array, frequency: readonly number[], count: number, commonLimit: number, keep: number) {
  const weights = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const df = frequency[ids[i]!]!;
    weights[i] = df < 2 || df > commonLimit ? 0 : tf[i]! * Math.log(count / df);
  }
  const sorted = Float64Array.from(weights).sort();
  const threshold = Math.max(Number.MIN_VALUE, sorted[Math.max(0, sorted.length - keep)] ?? 0);
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (weights[i]! > threshold) above.push(i);
    else if (weights[i] === threshold) at.push(i);
  }
  at.sort((x, y) => ids[x]! - ids[y]!);
  const kept = [...above, ...at.slice(0, keep - above.length)].sort((x, y) => weights[y]! - weights[x]! || ids[x]! - ids[y]!);
  let norm = 0;
  for (const i of kept) norm += weights[i]! ** 2;
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(kept, (i) => ids[i]!), weights: Float32Array.from(kept, (i) => weights[i]! / norm) };
}

/** The `max` best of `candidates` by score, then id rank, without sorting them all. */
function bestOf(candidates: readonly number[], scores: Float32Array, idRank: Int32Array, max: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && idRank[a]! < idRank[b]!);
  for (const candidate of candidates) {
    if (best.length === max && !better(candidate, best[max - 1]!)) continue;
    let at = best.length === max ? max - 1 : best.length;
    while (at > 0 && better(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  return best;
}

/** Newest first, undated last, ties by id: the order fallback neighbours are taken in. */
export function newestFirst(a: Pick<RelatablePaper, 'id' | 'published'>, b: Pick<RelatablePaper, 'id' | 'published'>): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

export function relatedPapers(input: readonly RelatablePaper[], options: RelatedOptions = {}): RelatedResult {
  const started = performance.now();
  // Term and paper numbers break ties, so they follow one order whatever order the papers come in.
  const papers = [...input].sort(newestFirst);
  const { max, min, termsPerPaper, maxDocumentShare, maxPostings, termsOf } = { ...DEFAULTS, ...options };
  const count = papers.length;

  // 1. Terms → numbers, and each term's document frequency.
  const termIds = new Map<string, number>();
  const frequency: number[] = [];
  // Fresh or remembered, a paper's terms take the same path in: term numbers follow first appearance and break ties.
  const raw = papers.map((paper) => {
    const groups = termsOf(paper).map(([weight, terms]) => [weight, terms.split('\n')] as const);
    const size = groups.reduce((sum, [, terms]) => sum + terms.length, 0);
    const ids = new Int32Array(size);
    const tf = new Float32Array(size);
    let i = 0;
    for (const [weight, terms] of groups) {
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = frequency.push(0) - 1));
        frequency[id]!++;
        ids[i] = id;
        tf[i++] = weight;
      }
    }
    return { ids, tf };
  });

  // 2. Each paper's strongest terms, weighted by TF-IDF and normalised; terms of one paper find nobody.
  // Small archives keep every term: IDF alone weighs them down; large ones drop the few very common terms.
  const commonLimit = Math.max(50, Math.floor(count * maxDocumentShare));
  const vectors = raw.map(({ ids, tf }) => strongest(ids, tf, frequency, count, commonLimit, termsPerPaper));

  // 3. The inverted index over the kept terms; a term's list keeps its `maxPostings` strongest
  // papers, which bounds the work per paper whatever the archive's size.
  const lists: { docs: number[]; weights: number[] }[] = [];
  vectors.forEach((vector, doc) => {
    vector.ids.forEach((id, i) => {
      const list = (lists[id] ??= { docs: [], weights: [] });
      list.docs.push(doc);
      list.weights.push(vector.weights[i]!);
    });
  });
  const offsets = new Int32Array(frequency.length + 1);
  for (let t = 0; t < frequency.length; t++) offsets[t + 1] = offsets[t]! + Math.min(maxPostings, lists[t]?.docs.length ?? 0);
  const postingDocs = new Int32Array(offsets[frequency.length]!);
  const postingWeights = new Float32Array(postingDocs.length);
  lists.forEach((list, t) => {
    if (!list) return;
    let order = list.docs.map((_, i) => i);
    if (order.length > maxPostings)
      order = order.sort((x, y) => list.weights[y]! - list.weights[x]! || list.docs[x]! - list.docs[y]!).slice(0, maxPostings);
    order.forEach((i, k) => {
      postingDocs[offsets[t]! + k] = list.docs[i]!;
      postingWeights[offsets[t]! + k] = list.weights[i]!;
    });
  });
  lists.length = 0;

  // 4. Per paper: accumulate dot products over the postings of its terms, keep the best.
  const order = papers.map((_, i) => i).sort((a, b) => newestFirst(papers[a]!, papers[b]!));
  const byCategory = new Map<string, number[]>();
  for (const doc of order)
    for (const category of papers[doc]!.categories) (byCategory.get(category) ?? byCategory.set(category, []).get(category)!).push(doc);
  // Ties are broken by id; ranks of the ids in code-unit order make that a number comparison.
  const idRank = new Int32Array(count);
  papers
    .map((paper, i) => [paper.id, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .forEach(([, i], rank) => (idRank[i] = rank));
  const scores = new Float32Array(count);
  const touched: number[] = [];
  const related = new Map<string, RelatedLink[]>();
  vectors.forEach((vector, doc) => {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      const weight = vector.weights[i]!;
      for (let at = offsets[id]!; at < offsets[id + 1]!; at++) {
        const other = postingDocs[at]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight * postingWeights[at]!;
      }
    }
    const links: RelatedLink[] = bestOf(touched, scores, idRank, max).map((other) => ({
      id: papers[other]!.id,
      score: Math.round(scores[other]! * 1000) / 1000,
    }));
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    if (links.length < min) fillUp(links, doc);
    related.set(papers[doc]!.id, links);
  });

  /** Too few term neighbours: the newest papers of the same categories, then the newest of all. */
  function fillUp(links: RelatedLink[], doc: number): void {
    const taken = new Set([papers[doc]!.id, ...links.map((link) => link.id)]);
    const pools = [...papers[doc]!.categories.map((category) => byCategory.get(category) ?? []), order];
    for (const pool of pools) {
      for (const other of pool) {
        if (links.length >= min) return;
        const id = papers[other]!.id;
        if (taken.has(id)) continue;
        taken.add(id);
        links.push({ id, score: 0 });
      }
    }
  }

  return {
    related,
    stats: { papers: count, terms: frequency.length, postings: postingDocs.length, milliseconds: performance.now() - started },
  };
}
