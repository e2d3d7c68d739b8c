/** Queries over the papers collection that pages share: ordering and lookup. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PaperBody } from '../loader/entry-schema';
import { SideFiles } from '../loader/side-files';
import { siteConfig } from '../site';

const sideFiles = new SideFiles(siteConfig.cacheDir);

export type PaperEntry = CollectionEntry<'papers'>;

/** Newest first by publication date; papers without a date last; ties by id for a stable order. */
export function compareNewestFirst(a: PaperEntry, b: PaperEntry): number {
  return (b.data.published ?? '').localeCompare(a.data.published ?? '') || a.data.id.localeCompare(b.data.id);
}

let sorted: PaperEntry[] | undefined;

/** All papers, newest first. Computed once per build; under `astro dev` on every call, as files change. */
export async function getPapersNewestFirst(): Promise<PaperEntry[]> {
  if (import.meta.env.DEV) return (await getCollection('papers')).sort(compareNewestFirst);
  if (!sorted) {
    sorted = (await getCollection('papers')).sort(compareNewestFirst);
    // Related papers need no page: they start now, on a worker thread beside page generation
    // (lib/on-worker.ts). The paper pages wait for them and report what went wrong. (The search index
    // started earlier, as soon as the papers were loaded: src/integrations/search-index-files.ts.)
    void import('./site-related').then(({ getRelatedCards }) => getRelatedCards()).catch(() => undefined);
  }
  return sorted;
}

/** The abstracts' and sections' HTML of one paper, which the collection does not hold (see loader/side-files.ts). */
export function getPaperBody(id: string): Promise<PaperBody> {
  return sideFiles.readBody(id);
}
