/** Splits a listing into static pages of a fixed size. */

export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], current: number, size: number): Page<T> {
  const last = pageCount(items.length, size);
  return { items: items.slice((current - 1) * size, current * size), current, last };
}
