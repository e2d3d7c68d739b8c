/** Small pieces the favourites page and its shared-list section both use. */
import { rt } from '../reader/strings';
import type { SitePaper } from './model';

/** "A, B, C et al. (7 authors)" from what the site or the favourite knows. */
export function authorLine(paper: Pick<SitePaper, 'authors' | 'authorCount'> | undefined, fallback: readonly string[]): string {
  const names = paper?.authors?.length ? paper.authors : fallback.slice(0, 3);
  const count = paper?.authors?.length ? (paper.authorCount ?? names.length) : fallback.length;
  if (names.length === 0) return '';
  return count > names.length ? rt('list.etAl', { names: names.join(', '), count }) : names.join(', ');
}
