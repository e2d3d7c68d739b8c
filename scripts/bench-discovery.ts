/**
 * npm run bench:discovery -- [--papers 14000,100000] [--seed 42]
 *
 * For each size: writes a synthetic archive (scripts/lib/synthetic-corpus.ts), reads it with the
 * site's own ingestion, then times what discovery adds to a build and prints its figures: related
 * papers (time, terms, postings; share of links that share a category or keyword with their paper),
 * the "For you" file (bytes, gzip), author pages (authors with ≥2 papers, pages at 30 a page),
 * feeds (one per category, domain and keyword with a page), and the rising keywords' time.
 */
import { readFile, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestFile } from '../src/ingest/index';
import { mergePapers } from '../src/ingest/merge';
import type { Paper } from '../src/ingest/schema';
import { groupByAuthor, MIN_PAPERS_FOR_AUTHOR_PAGE } from '../src/lib/authors';
import { relatedPapers } from '../src/lib/related';
import { risingKeywords } from '../src/lib/trends';
import { encodeForYou } from '../src/shared/for-you';
import { plainTitle } from '../src/shared/plain-title';
import { writeSyntheticCorpus } from './lib/synthetic-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = option('papers', '14000,100000').split(',').map(Number);
const seed = Number(option('seed', '42'));
const PAGE_SIZE = 30;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function readCorpus(dir: string, files: string[]): Promise<Paper[]> {
  const read: Paper[] = [];
  for (const file of files) {
    const { paper } = await ingestFile(relative(dir, file), await readFile(file));
    if (paper) read.push(paper);
  }
  return mergePapers(read).papers.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
}

function sharedShare(papers: readonly Paper[], related: Map<string, { id: string; score: number }[]>) {
  const byId = new Map(papers.map((p) => [p.id, p]));
  let links = 0;
  let sharing = 0;
  let keyword = 0;
  let filled = 0;
  const lengths = new Map<number, number>();
  for (const paper of papers) {
    const list = related.get(paper.id) ?? [];
    lengths.set(list.length, (lengths.get(list.length) ?? 0) + 1);
    const categories = new Set(paper.categories);
    const keywords = new Set(paper.keywords.map((k) => k.toLowerCase()));
    for (const link of list) {
      const other = byId.get(link.id)!;
      links++;
      if (link.score === 0) filled++;
      const k = other.keywords.some((x) => keywords.has(x.toLowerCase()));
      if (k) keyword++;
      if (k || other.categories.some((c) => categories.has(c))) sharing++;
    }
  }
  return { links, sharing: sharing / links, keyword: keyword / links, filled: filled / links, lengths };
}

async function main() {
  console.log(`bench:discovery on ${sizes.join(', ')} synthetic papers (seed ${seed})`);
  for (const size of sizes) {
    const dir = resolve('bench-out', `discovery-${size}`);
    await rm(dir, { recursive: true, force: true });
    const readStart = performance.now();
    const corpus = writeSyntheticCorpus(dir, size, { seed });
    const papers = await readCorpus(dir, corpus.files);
    console.log(`\n${papers.length} papers written and read in ${round((performance.now() - readStart) / 1000)} s`);

    const cpuBefore = process.cpuUsage();
    const related = relatedPapers(papers);
    const cpu = process.cpuUsage(cpuBefore);
    const share = sharedShare(papers, related.related);
    console.log(
      `related papers: ${round(related.stats.milliseconds / 1000, 2)} s wall, ${round((cpu.user + cpu.system) / 1e6, 2)} s CPU (${related.stats.terms} terms, ${related.stats.postings} postings); ` +
        `${share.links} links, ${round(share.sharing * 100)} % share a category or keyword with their paper (${round(share.keyword * 100)} % a keyword), ` +
        `${round(share.filled * 100)} % filled up by category/date; list lengths ${[...share.lengths]
          .sort((a, b) => a[0] - b[0])
          .map(([n, c]) => `${n}:${c}`)
          .join(' ')}`,
    );

    const forYouStart = performance.now();
    const forYou = JSON.stringify(encodeForYou(papers.map((p) => ({ ...p, title: plainTitle(p.title) }))));
    console.log(
      `for-you.json: ${round(Buffer.byteLength(forYou) / 1024)} KB, ${round(gzipSync(forYou).length / 1024)} KB gzip, ` +
        `${round(Buffer.byteLength(forYou) / papers.length, 0)} bytes a paper, built in ${Math.round(performance.now() - forYouStart)} ms`,
    );

    const authorStart = performance.now();
    const authors = groupByAuthor(papers, (p) => p.authors);
    const withPage = authors.filter((a) => a.papers.length >= MIN_PAPERS_FOR_AUTHOR_PAGE);
    const authorPages = withPage.reduce((sum, a) => sum + Math.max(1, Math.ceil(a.papers.length / PAGE_SIZE)), 0);
    console.log(
      `authors: ${authors.length} names, ${withPage.length} with ≥${MIN_PAPERS_FOR_AUTHOR_PAGE} papers → ${authorPages} author pages ` +
        `(grouped in ${Math.round(performance.now() - authorStart)} ms); a page for every author would be ${authors.length}`,
    );

    const count = (values: (p: Paper) => readonly string[], min: number) => {
      const groups = new Map<string, number>();
      for (const p of papers) for (const v of new Set(values(p).map((x) => x.toLowerCase()))) groups.set(v, (groups.get(v) ?? 0) + 1);
      return [...groups.values()].filter((n) => n >= min).length;
    };
    const feeds = { categories: count((p) => p.categories, 1), domains: count((p) => p.domains, 1), keywords: count((p) => p.keywords, 2) };
    console.log(
      `feeds: ${1 + feeds.categories + feeds.domains + feeds.keywords} (site 1, categories ${feeds.categories}, domains ${feeds.domains}, keywords ${feeds.keywords})`,
    );

    const risingStart = performance.now();
    const rising = risingKeywords(papers);
    console.log(
      `rising keywords of ${rising?.month}: ${rising?.keywords.length ?? 0}, in ${Math.round(performance.now() - risingStart)} ms`,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
