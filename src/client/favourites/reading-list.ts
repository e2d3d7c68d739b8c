/**
 * Shared reading lists: a link to the favourites page ending in `#ids=a,b,c` carries the papers.
 * Only well-formed paper ids are read from it, at most MAX_SHARED of them.
 */
import { readPaperId } from './parse';

export const MAX_SHARED = 500;

/** A list's name and the sender's note travel with it, cut to these lengths. */
export const MAX_NAME = 100;
export const MAX_NOTE = 500;

export interface ReadingListMeta {
  name?: string;
  note?: string;
}

export function readingListUrl(listUrl: string, ids: readonly string[], meta: ReadingListMeta = {}): string {
  const extra = (['name', 'note'] as const)
    .map((key) => [key, meta[key]?.trim()] as const)
    .filter(([, value]) => value)
    .map(([key, value]) => `&${key}=${encodeURIComponent(value!)}`)
    .join('');
  return `${listUrl}#ids=${ids.map(encodeURIComponent).join(',')}${extra}`;
}

/** The list's name and note from a location hash, as plain text (shown with textContent only). */
export function readingListMeta(hash: string): ReadingListMeta {
  const meta: ReadingListMeta = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, value = ''] = part.split('=', 2);
    if (key !== 'name' && key !== 'note') continue;
    let text = value;
    try {
      text = decodeURIComponent(value);
    } catch {
      // A damaged escape: keep the text as written.
    }
    text = text
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, key === 'name' ? MAX_NAME : MAX_NOTE);
    if (text) meta[key] = text;
  }
  return meta;
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
