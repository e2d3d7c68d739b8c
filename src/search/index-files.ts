/** Builds the search index and writes its files into a folder (on a worker thread, or here when workers cannot run). */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndex, type SearchablePaper } from './build-index.ts';

export interface IndexJob {
  papers: SearchablePaper[];
  /** Folder to (re)write the index files into. */
  dir: string;
}

export interface IndexDone {
  papers: number;
  files: number;
  ms: number;
}

/** The fields the index reads, so a worker is sent no more than it needs. */
export function searchable(paper: SearchablePaper): SearchablePaper {
  const { id, title, paperTitle, authors, categories, published, takeaway, domains, keywords, abstract } = paper;
  return { id, title, paperTitle, authors, categories, published, takeaway, domains, keywords, abstract };
}

export async function writeSearchIndexFiles({ papers, dir }: IndexJob): Promise<IndexDone> {
  const started = performance.now();
  const index = buildSearchIndex(papers);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all([...index.files].map(([name, body]) => writeFile(join(dir, name), body)));
  return { papers: papers.length, files: index.files.size, ms: performance.now() - started };
}
