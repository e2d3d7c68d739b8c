/** Groups papers by keyword, category, domain or month, for the listing and index pages. */
import type { PaperEntry } from './papers';
import { weekStart } from '../shared/week';
import { DATE_FACETS, facetSlug, type Facet } from '../shared/urls';

export interface FacetGroup {
  slug: string;
  /** The value as first written in a paper. */
  label: string;
  /** Newest first (the order of the input). */
  papers: PaperEntry[];
}

/** The values a paper has under a facet. */
export function facetValues(paper: PaperEntry, facet: Facet): string[] {
  switch (facet) {
    case 'keywords':
      return paper.data.keywords;
    case 'categories':
      return paper.data.categories;
    case 'domains':
      return paper.data.domains;
    case 'months':
      return paper.data.published ? [paper.data.published.slice(0, 7)] : [];
    case 'weeks':
      return paper.data.published ? [weekStart(paper.data.published)] : [];
    case 'days':
      return paper.data.published ? [paper.data.published] : [];
  }
}

/** Groups keep the input order of papers; groups are sorted by size, then label (dates: newest first). */
export function groupByFacet(papers: readonly PaperEntry[], facet: Facet): FacetGroup[] {
  const groups = new Map<string, FacetGroup>();
  for (const paper of papers) {
    for (const value of facetValues(paper, facet)) {
      const slug = facetSlug(value);
      const group = groups.get(slug);
      if (group) {
        if (group.papers.at(-1) !== paper) group.papers.push(paper);
      } else groups.set(slug, { slug, label: value, papers: [paper] });
    }
  }
  const sorted = [...groups.values()];
  if (DATE_FACETS.includes(facet)) return sorted.sort((a, b) => b.slug.localeCompare(a.slug));
  return sorted.sort((a, b) => b.papers.length - a.papers.length || a.label.localeCompare(b.label));
}
