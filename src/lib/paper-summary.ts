/** The few facts about a paper that cards, buttons and client scripts need, without its text. */
import type { PaperEntry } from './papers';
import { paperUrl } from './urls';

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

export function summarize(data: PaperEntry['data']): PaperSummary {
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
