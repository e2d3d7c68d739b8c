/** Every internal URL goes through here, so the site works under a sub-path (BASE_PATH). */

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `path` without a leading slash, resolved against the base: url('papers/x/') → '/shelf/papers/x/'. */
export function url(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export function paperUrl(id: string): string {
  return url(`papers/${encodeURIComponent(id)}/`);
}

export function homePageUrl(page: number): string {
  return page <= 1 ? url() : url(`page/${page}/`);
}

export function arxivAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}

export function arxivPdfUrl(id: string, version?: number): string {
  return `https://arxiv.org/pdf/${id}${version ? `v${version}` : ''}`;
}

/** arXiv ids look like 2401.01234 or hep-th/9901001; slugs of hand-written entries do not. */
export function isArxivId(id: string): boolean {
  return /^\d{4}\.\d{4,5}$/.test(id) || /^[a-z-]+(\.[a-z]{2})?\/\d{7}$/.test(id);
}

/** The kinds of listing a paper appears in besides the home page. */
export const FACETS = ['keywords', 'categories', 'domains', 'months', 'weeks', 'days'] as const;

/** Facets that are dates: listed newest first, with links to the previous and next one. */
export const DATE_FACETS: readonly Facet[] = ['months', 'weeks', 'days'];
export type Facet = (typeof FACETS)[number];

/**
 * The path segment of a facet value: case folded (so "Transformer" and "transformer" share a page),
 * characters that would break a path replaced; everything else, Chinese included, kept readable.
 */
export function facetSlug(value: string): string {
  return (
    value
      .trim()
      .toLowerCase()
      .replace(/[/\\?#%\s]+/g, '-')
      .replace(/^-+|-+$/g, '') || '-'
  );
}

/** Page `page` of the listing of papers with `value` under `facet`, e.g. /keywords/扩散模型/2/. */
export function facetUrl(facet: Facet, value: string, page = 1): string {
  const base = `${facet}/${encodeURIComponent(facetSlug(value))}/`;
  return url(page > 1 ? `${base}${page}/` : base);
}

export function keywordUrl(keyword: string): string {
  return facetUrl('keywords', keyword);
}

export function categoryUrl(category: string): string {
  return facetUrl('categories', category);
}
