/**
 * Site paths with the base path passed in: for code that is given the base (the loader, the
 * Markdown pipeline, BibTeX) and must not read Astro's environment. It imports only ./paper-id.ts and
 * ./path-segment.ts, with their extensions, so a worker thread loads it with Node's type stripping. Pages and browser code use ./urls.ts, which supplies the base.
 */
import { paperIdSlug } from './paper-id.ts';
import { pathSegment } from './path-segment.ts';

/** `path` without a leading slash, resolved against `base` ("/" or "/shelf/"): withBase('/shelf/', 'papers/x/') → '/shelf/papers/x/'. */
export function withBase(base: string, path = ''): string {
  return (base.endsWith('/') ? base : `${base}/`) + path.replace(/^\/+/, '');
}

/**
 * A root-relative link written in a paper (`/sample-figures/a.svg`) as it resolves under `base`;
 * other links (relative, absolute, protocol-relative, already under the base) stay as they are.
 */
export function underBase(link: string, base: string): string {
  if (base === '/' || !link.startsWith('/') || link.startsWith('//') || link.startsWith(base)) return link;
  return base.replace(/\/$/, '') + link;
}

/** A paper's page, by its id's slug: papers/2401.01234/, papers/hep-th_9901001/. */
export function paperPath(id: string): string {
  return `papers/${encodeURIComponent(paperIdSlug(id))}/`;
}

/** The home listing's page `page` (counted from the oldest, lib/paging.ts), or without one its newest page, the home page. */
export function homePagePath(page?: number): string {
  return page === undefined ? '' : `page/${page}/`;
}

/** The kinds of listing a paper appears in besides the home page. */
export const FACETS = ['keywords', 'categories', 'domains', 'months', 'weeks', 'days'] as const;
export type Facet = (typeof FACETS)[number];

/** Facets that are dates: listed newest first, with links to the previous and next one. */
export const DATE_FACETS: readonly Facet[] = ['months', 'weeks', 'days'];

/**
 * The path segment of a facet value: case folded (so "Transformer" and "transformer" share a page),
 * characters that would break a path replaced; everything else, Chinese included, kept readable.
 * The loader reports values that needed more than that (src/loader/path-check.ts).
 */
export function facetSlug(value: string): string {
  return pathSegment(value);
}

/**
 * The listing of papers with `value` under `facet`, e.g. keywords/扩散模型/: its newest page, or
 * with `page` (counted from the oldest, lib/paging.ts) an older one, keywords/扩散模型/2/.
 */
export function facetPath(facet: Facet, value: string, page?: number): string {
  const path = `${facet}/${encodeURIComponent(facetSlug(value))}/`;
  return page === undefined ? path : `${path}${page}/`;
}

export function arxivAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}

export function arxivPdfUrl(id: string, version?: number): string {
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ''}`;
}

export { isArxivId } from './paper-id.ts';
