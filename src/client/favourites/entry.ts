/** Small pieces the favourites page and its shared-list section both use. */
import { authorList } from '../../shared/author-list';
import { rt } from '../reader/strings';
import type { SitePaper } from './model';

/**
 * "A, B, C et al. (7 authors)", naming the authors a card names (shared/author-list.ts): the site's
 * list when the paper is still there (already cut to them), else the favourite's own authors.
 */
export function authorLine(paper: Pick<SitePaper, 'authors' | 'authorCount'> | undefined, fallback: readonly string[]): string {
  const line = paper?.authors?.length ? { names: paper.authors.join(', '), total: paper.authorCount } : authorList(fallback);
  if (!line) return '';
  return line.total ? rt('list.etAl', { names: line.names, count: line.total }) : line.names;
}
