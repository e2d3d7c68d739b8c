/**
 * When a listing's papers arrived, as the text its page carries (shared/arrivals.ts). Every page of
 * a listing carries the same text and its cache key includes it, so it is encoded once per listing
 * (the listing's array of papers, which the build keeps for its whole run), not once per page: per
 * page, a 700-page listing of 14,000 papers re-read all of them 700 times.
 */
import { encodeArrivals } from '../shared/arrivals';
import type { PaperEntry } from './papers';

const encoded = new WeakMap<readonly PaperEntry[], string>();

export function listingArrivals(papers: readonly PaperEntry[]): string {
  let text = encoded.get(papers);
  if (text === undefined) {
    text = encodeArrivals(papers.map((paper) => ({ arrived: paper.data.arrived, published: paper.data.published })));
    encoded.set(papers, text);
  }
  return text;
}
