/** Orders of the favourites list. Papers without a publication date go last in either direction. */
import type { Favourite } from './model';

export const SORT_ORDERS = ['added-desc', 'added-asc', 'published-desc', 'published-asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export function isSortOrder(value: string): value is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value);
}

export function sortFavourites(items: readonly Favourite[], order: SortOrder): Favourite[] {
  const [field, direction] = order.split('-') as ['added' | 'published', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (field === 'published') {
      if (!a.published !== !b.published) return a.published ? -1 : 1;
      const byDate = sign * (a.published ?? '').localeCompare(b.published ?? '');
      if (byDate !== 0) return byDate;
    }
    return sign * a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id);
  });
}
