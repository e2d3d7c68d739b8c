/**
 * The card shape: the few facts about a paper that cards and buttons hand the browser (as JSON in a
 * data attribute) and the favourites store keeps, without its text. One shape for both sides.
 */
import { paperUrl } from './urls.ts';

export interface PaperSummary {
  id: string;
  title: string;
  /** Site URL of the paper page (with the base path). */
  url: string;
  authors: string[];
  categories: string[];
  published?: string | undefined;
  arxivVersion?: number | undefined;
}

/** The facts a summary is made from; a collection entry's data has them all. */
export type SummarySource = Omit<PaperSummary, 'url'>;

export function summarize(data: SummarySource): PaperSummary {
  return {
    id: data.id,
    title: data.title,
    url: paperUrl(data.id),
    authors: data.authors,
    categories: data.categories,
    published: data.published,
    arxivVersion: data.arxivVersion,
  };
}
