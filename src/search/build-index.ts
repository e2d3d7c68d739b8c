/**
 * Builds the search index at build time from the papers (the site's endpoint and the benchmark
 * call this same function). Papers are numbered newest first; every searched field is cut into
 * terms (tokenize.ts); each term's postings (paper number + field mask) go to one of several term
 * shards by hash; what a result shows goes to small paper-record shards. The browser fetches the
 * manifest and the vocabulary first, then only the shards a query needs.
 */
import { createHash } from 'node:crypto';
import type { Paper } from '../ingest/schema';
import { encodeDocList, encodePostings, termShard } from './codec';
import { FIELDS, MANIFEST_FILE, type DocRecord, type FieldName, type SearchBase, type SearchManifest, type TermShard } from './format';
import { indexTerms, isHan } from './tokenize';

/** The fields of a paper the index reads. */
export type SearchablePaper = Pick<
  Paper,
  'id' | 'title' | 'paperTitle' | 'authors' | 'categories' | 'published' | 'takeaway' | 'domains' | 'keywords' | 'abstract'
>;

export interface BuildOptions {
  /** Aim for term shards of about this many bytes (before compression). */
  termShardBytes?: number;
  /** Papers per record shard: small, because a page of results touches up to that many shards. */
  docsPerShard?: number;
  /** Characters of the takeaway kept for the result list. */
  takeawayChars?: number;
}

export interface SearchIndex {
  manifest: SearchManifest;
  /** File name (relative to /search/) → content. */
  files: Map<string, string>;
  stats: { papers: number; terms: number; vocabulary: number; postings: number; bytes: Record<'base' | 'terms' | 'docs', number> };
}

const DEFAULTS: Required<BuildOptions> = { termShardBytes: 24_000, docsPerShard: 16, takeawayChars: 140 };

/** Markdown and math out, words in: math is not searchable text, and link targets are not either. */
export function plainText(markdown: string | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`>#~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutMath(text: string): string {
  return text.replace(/\$[^$\n]*\$/g, ' ');
}

/** Newest first by publication date, undated last, ties by id: the site's own listing order. */
export function compareNewestFirst(a: SearchablePaper, b: SearchablePaper): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

function fieldTexts(paper: SearchablePaper): [FieldName, string, boolean][] {
  return [
    ['id', paper.id, true],
    ['title', [paper.title, paper.paperTitle ?? ''].join(' '), true],
    ['keywords', paper.keywords.join(' \n '), true],
    ['authors', paper.authors.join(' \n '), true],
    ['categories', paper.categories.join(' '), true],
    ['domains', paper.domains.join(' \n '), true],
    ['takeaway', withoutMath(plainText(paper.takeaway)), true],
    ['abstractZh', withoutMath(plainText(paper.abstract.zh)), false],
    ['abstractEn', withoutMath(plainText(paper.abstract.en)), false],
  ];
}

function shorten(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars ? text : `${characters.slice(0, chars).join('').trimEnd()}…`;
}

function hashed(stem: string, content: string): string {
  return `${stem}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
}

export function buildSearchIndex(input: readonly SearchablePaper[], options: BuildOptions = {}): SearchIndex {
  const { termShardBytes, docsPerShard, takeawayChars } = { ...DEFAULTS, ...options };
  const papers = [...input].sort(compareNewestFirst);
  const postings = new Map<string, { docs: number[]; masks: number[] }>();
  const categoryNames: string[] = [];
  const categoryIndex = new Map<string, number>();
  const categoryDocs: number[][] = [];
  const yearDocs = new Map<number, number[]>();
  const records: DocRecord[] = [];
  let postingCount = 0;

  papers.forEach((paper, doc) => {
    const masks = new Map<string, number>();
    for (const [field, text, short] of fieldTexts(paper)) {
      // An id is found whole (2404.01817, or a slug whose words the title already holds).
      const terms = field === 'id' ? new Set([paper.id.toLowerCase()]) : indexTerms(text, short);
      for (const term of terms) masks.set(term, (masks.get(term) ?? 0) | FIELDS[field].bit);
    }
    for (const [term, mask] of masks) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], masks: [] }));
      list.docs.push(doc);
      list.masks.push(mask);
      postingCount++;
    }
    const categories = paper.categories.map((name) => {
      let index = categoryIndex.get(name);
      if (index === undefined) {
        categoryIndex.set(name, (index = categoryNames.length));
        categoryNames.push(name);
        categoryDocs.push([]);
      }
      categoryDocs[index]!.push(doc);
      return index;
    });
    const year = paper.published ? Number(paper.published.slice(0, 4)) : undefined;
    if (year) {
      const docs = yearDocs.get(year);
      if (docs) docs.push(doc);
      else yearDocs.set(year, [doc]);
    }
    const authors = paper.authors.length > 3 ? `${paper.authors.slice(0, 3).join(', ')} …` : paper.authors.join(', ');
    records.push([
      paper.id,
      plainText(paper.title),
      shorten(plainText(paper.takeaway), takeawayChars),
      paper.published ?? '',
      categories,
      authors,
      paper.keywords.slice(0, 8),
    ]);
  });

  const encoded = new Map<string, string>();
  let termBytes = 0;
  for (const [term, list] of postings) {
    const text = encodePostings(list.docs, list.masks);
    encoded.set(term, text);
    termBytes += text.length + Buffer.byteLength(term) + 6;
  }
  const shardCount = Math.max(1, Math.ceil(termBytes / termShardBytes));
  const shards: TermShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const term of [...encoded.keys()].sort()) shards[termShard(term, shardCount)]![term] = encoded.get(term)!;

  const vocabulary = [...postings.keys()].filter((term) => !isHan(term)).sort();
  const base: SearchBase = {
    terms: vocabulary.join('\n'),
    frequency: vocabulary.map((term) => Math.min(35, Math.floor(Math.log2(postings.get(term)!.docs.length))).toString(36)).join(''),
    categories: categoryNames.map((name, i) => [name, encodeDocList(categoryDocs[i]!)]),
    years: [...yearDocs.entries()].sort((a, b) => b[0] - a[0]).map(([year, docs]) => [year, encodeDocList(docs)]),
  };

  const files = new Map<string, string>();
  const add = (stem: string, content: string) => {
    const name = hashed(stem, content);
    files.set(name, content);
    return name;
  };
  const baseName = add('base', JSON.stringify(base));
  const termShards = shards.map((shard, i) => add(`t${i}`, JSON.stringify(shard)));
  const docShards: string[] = [];
  for (let start = 0; start < records.length; start += docsPerShard) {
    docShards.push(add(`d${start / docsPerShard}`, JSON.stringify(records.slice(start, start + docsPerShard))));
  }
  const manifest: SearchManifest = { version: 1, papers: papers.length, base: baseName, termShards, docShards, docsPerShard };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));

  const size = (names: string[]) => names.reduce((sum, name) => sum + Buffer.byteLength(files.get(name)!), 0);
  return {
    manifest,
    files,
    stats: {
      papers: papers.length,
      terms: postings.size,
      vocabulary: vocabulary.length,
      postings: postingCount,
      bytes: { base: size([baseName]), terms: size(termShards), docs: size(docShards) },
    },
  };
}
