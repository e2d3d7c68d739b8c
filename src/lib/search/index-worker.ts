/**
 * The search index, built on a worker thread (lib/search/site-index.ts) while the main thread goes on
 * generating pages: the build's second core. Each paper's terms are remembered between builds under
 * its digest (lib/paper-memo.ts), so only new and changed papers are cut into terms again. Loaded by
 * Node itself, not bundled, so it and what it imports name their files with extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PaperMemo, type MemoPlace } from '../paper-memo.ts';
import { buildSearchIndex, isPaperTerms, searchTerms, type SearchablePaper } from './build-index.ts';

const { papers, memo: place } = workerData as { papers: SearchablePaper[]; memo: MemoPlace | undefined };
const memo = new PaperMemo(place, isPaperTerms);
const index = buildSearchIndex(papers, { termsOf: (paper) => memo.get(paper.digest, () => searchTerms(paper)) });
memo.save();
parentPort!.postMessage({ index, reused: memo.reused });
