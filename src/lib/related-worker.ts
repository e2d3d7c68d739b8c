/**
 * Related papers, computed on a worker thread (lib/site-related.ts, lib/on-worker.ts) beside page
 * generation. Each paper's terms are remembered between builds under its digest (lib/paper-memo.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PaperMemo, type MemoPlace } from './paper-memo.ts';
import { isWeightedTerms, relatedPapers, weightedTerms, type RelatablePaper } from './related.ts';

const { papers, memo: place } = workerData as { papers: RelatablePaper[]; memo: MemoPlace | undefined };
const memo = new PaperMemo(place, isWeightedTerms);
const result = relatedPapers(papers, { termsOf: (paper) => memo.get(paper.digest, () => weightedTerms(paper)) });
memo.save();
parentPort!.postMessage({ result, reused: memo.reused });
