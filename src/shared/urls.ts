/**
 * Every internal URL of pages and browser scripts goes through here, so the site works under a
 * sub-path (BASE_PATH). This is the one module that reads the base from Astro (its BASE_URL,
 * replaced by Vite on both sides); code that is handed the base uses ./paths.ts directly.
 * Never name Astro's env object bare here, not even in a comment: Astro then bakes into this module
 * every environment variable whose name the file contains (PATH, _), and a build run from another
 * shell would render every page again (tests/unit/import-meta-env.test.ts).
 */
import { facetPath, homePagePath, paperPath, underBase, withBase, type Facet } from './paths.ts';

export { DATE_FACETS, FACETS, arxivAbsUrl, arxivPdfUrl, facetSlug, isArxivId, type Facet } from './paths.ts';

/** The base path with leading and trailing slash: "/" or "/shelf/". */
export const BASE = withBase(import.meta.env.BASE_URL);

/** `path` without a leading slash, resolved against the base: url('papers/x/') → '/shelf/papers/x/'. */
export function url(path = ''): string {
  return withBase(BASE, path);
}

/** A root-relative link written in a paper's data (a figure's `src`) as it resolves under the base. */
export function contentUrl(link: string): string {
  return underBase(link, BASE);
}

export function paperUrl(id: string): string {
  return url(paperPath(id));
}

export function homePageUrl(page?: number): string {
  return url(homePagePath(page));
}

/** The listing of papers with `value` under `facet`, e.g. /keywords/扩散模型/, or its older page `page` (/keywords/扩散模型/2/). */
export function facetUrl(facet: Facet, value: string, page?: number): string {
  return url(facetPath(facet, value, page));
}

export function keywordUrl(keyword: string): string {
  return facetUrl('keywords', keyword);
}

export function categoryUrl(category: string): string {
  return facetUrl('categories', category);
}
