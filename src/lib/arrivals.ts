/** When a listing's papers arrived, as the text its page carries (shared/arrivals.ts). */
import { encodeArrivals } from '../shared/arrivals';
import type { PaperEntry } from './papers';

export function listingArrivals(papers: readonly PaperEntry[]): string {
  return encodeArrivals(papers.map((paper) => ({ arrived: paper.data.arrived, published: paper.data.published })));
}
