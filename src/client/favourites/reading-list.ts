/**
 * Shared reading lists: a link to the favourites page ending in `#ids=a,b,c` carries the papers.
 * Only well-formed paper ids are read from it, at most MAX_SHARED of them.
 */
import { readPaperId } from './parse';

export const MAX_SHARED = 500;

export function readingListUrl(listUrl: string, ids: readonly string[]): string {
  return `${listUrl}#ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The ids in a location hash, in order, without duplicates; empty when it carries no list. */
export function readingListIds(hash: string): string[] {
  const match = /^#?ids=([^&]*)/.exec(hash);
  if (!match) return [];
  let value = match[1]!;
  try {
    value = decodeURIComponent(value);
  } catch {
    // A damaged escape: read what is plain.
  }
  const ids = new Set<string>();
  for (const part of value.split(',')) {
    const paper = readPaperId(part);
    if (paper) ids.add(paper.id);
    if (ids.size >= MAX_SHARED) break;
  }
  return [...ids];
}
