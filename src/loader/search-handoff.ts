/**
 * What the search index reads of a paper, as the loader hands it over after loading the papers
 * (side-files.ts: `papershelf-search.json`) to the integration that builds the index beside the rest of
 * the build (src/integrations/search-index-files.ts); `astro dev` takes the same fields from the collection.
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

/** A paper as the collection holds it (the loader's store, or `getCollection`): its data and digest. */
export interface CollectionPaper {
  data: SearchedFields & { html: { title: string } };
  digest?: PaperDigest | undefined;
}

/** What the index reads of a collection entry: only these fields go to the worker that builds it. */
export function searchableOf({ data, digest }: CollectionPaper): SearchablePaper {
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
