/**
 * The head metadata of a paper page as data: Open Graph and Twitter card tags for link previews,
 * Highwire `citation_*` tags for Zotero and Google Scholar. Pure, so it is unit-tested.
 *
 * Without SITE_URL the public origin is unknown: og:url and the canonical link are left out, and
 * the image is given as a root-relative URL, which most preview crawlers resolve against the page.
 */
import type { Paper } from '../ingest/schema';
import { plainTitle } from '../shared/plain-title';
import { arxivPdfUrl, isArxivId, paperUrl, url } from '../shared/urls';
import { paperIdSlug } from '../shared/paper-id';

export interface MetaTag {
  /** `property` for Open Graph, `name` for the others. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export const SOCIAL_IMAGE = { path: 'og-default.png', width: 1200, height: 630 } as const;

/** Markdown to the plain text meta tags want: emphasis, code marks, links and tags removed; formulas kept as TeX. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|[.,;:!?)]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** 2024-04-02 → 2024/04/02, the form Highwire tags use. */
function highwireDate(date: string): string {
  return date.replaceAll('-', '/');
}

export function paperMetaTags(paper: Paper, site: URL | undefined, siteName: string): MetaTag[] {
  const tags: MetaTag[] = [];
  const property = (key: string, content: string | undefined) => content && tags.push({ attribute: 'property', key, content });
  const name = (key: string, content: string | undefined) => content && tags.push({ attribute: 'name', key, content });
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const title = plainTitle(paper.title);
  const description = shorten(plainTitle(paper.takeaway ?? paper.abstract.en ?? paper.abstract.zh ?? paper.title), 300);
  const image = absolute(url(SOCIAL_IMAGE.path));

  property('og:type', 'article');
  property('og:site_name', siteName);
  property('og:title', title);
  property('og:description', description);
  if (site) property('og:url', absolute(paperUrl(paper.id)));
  property('og:image', image);
  property('og:image:width', String(SOCIAL_IMAGE.width));
  property('og:image:height', String(SOCIAL_IMAGE.height));
  property('og:image:alt', siteName);
  property('article:published_time', paper.published);
  name('twitter:card', 'summary_large_image');
  name('twitter:title', title);
  name('twitter:description', description);
  name('twitter:image', image);

  name('citation_title', plainTitle(paper.paperTitle ?? paper.title));
  for (const author of paper.authors) name('citation_author', author);
  if (paper.published) {
    name('citation_publication_date', highwireDate(paper.published));
    name('citation_date', highwireDate(paper.published));
  }
  if (isArxivId(paper.id)) {
    name('citation_arxiv_id', paper.id);
    name('citation_pdf_url', arxivPdfUrl(paper.id));
  }
  name('citation_doi', paper.doi);
  name('citation_journal_title', paper.journal);
  if (paper.abstract.en) name('citation_abstract', plainText(paper.abstract.en));
  if (paper.keywords.length > 0) name('citation_keywords', paper.keywords.join('; '));
  return tags;
}

/** The static .bib file of a paper (written by src/integrations/bibtex-files.ts). */
export function paperBibUrl(id: string): string {
  return url(`papers/${encodeURIComponent(paperIdSlug(id))}.bib`);
}
