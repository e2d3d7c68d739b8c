/**
 * The words of a Markdown field, for the search index (build-index.ts) and related papers
 * (lib/related.ts). A module of its own so that the paper pages, which import related papers, do not
 * import the index builder: Astro's route hash covers every module a page imports, and a change to the
 * builder would render every paper page again.
 */

/** Markdown and math out, words in: math is not searchable text, and link targets are not either. */
export function searchableText(markdown: string | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`>#~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
