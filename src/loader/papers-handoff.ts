/**
 * What the search index and related papers read of a paper, as the loader hands it over after loading
 * the papers (side-files.ts: `papershelf-papers.v8`): the integration that builds the index beside the
 * rest of the build (src/integrations/search-index-files.ts) and the related papers' worker
 * (lib/site-related.ts) read it, in a build and in `astro dev`. It holds the abstracts, which the
 * collection does not (entry-schema.ts).
 */
import type { Paper } from '../ingest/schema.ts';
import type { PaperDigest } from './entry-schema.ts';

/** The fields of a paper's data the index reads. */
type SearchedFields = Pick<
  Paper,
  'id' | 'title' | 'paperTitle' | 'authors' | 'categories' | 'published' | 'takeaway' | 'domains' | 'keywords' | 'abstract'
> &
  Partial<Pick<Paper, 'doi' | 'journal' | 'remark'>>;

/** What the index reads of a paper; `titleHtml` is the title rendered with KaTeX, when it has math. */
export type SearchablePaper = SearchedFields & {
  titleHtml?: string | undefined;
  /** The paper's content digest: its terms are remembered under it between builds (lib/search/build-index.ts: BuildOptions.termsOf). */
  digest?: PaperDigest | undefined;
};

/** A paper as the loader reads it: its data (with its title's HTML) and digest. */
export interface LoadedPaper {
  data: SearchedFields & { html: { title: string } };
  digest?: PaperDigest | undefined;
}

/** What the index reads of a paper: only these fields are handed over. */
export function searchableOf({ data, digest }: LoadedPaper): SearchablePaper {
  const { id, title, paperTitle, authors, categories, published, takeaway, domains, keywords, abstract, doi, journal, remark } = data;
  return {
    id,
    title,
    paperTitle,
    authors,
    categories,
    published,
    takeaway,
    domains,
    keywords,
    abstract,
    doi,
    journal,
    remark,
    titleHtml: data.html.title,
    digest,
  };
}
