/**
 * The shape of the favourites store, as kept under STORAGE_KEYS.favourites and in exported files.
 * Version 1: `{ version: 1, folders, items, unreadable? }`. Older data (a bare array of entries,
 * ids with an arXiv version suffix) is read by ./parse.ts and written back in this shape.
 */
import type { PaperSummary } from '../../shared/paper-summary';

export const STORE_VERSION = 1;

/** Every favourite starts here; it cannot be renamed away or deleted. */
export const DEFAULT_FOLDER = 'default';

export interface Folder {
  /** `default`, or `f-…` for folders the reader made. */
  id: string;
  /** The reader's name for it; empty for the default folder (its name is translated). */
  name: string;
}

export interface Favourite {
  /** The paper's id on the site (arXiv id without version, or a slug). */
  id: string;
  title: string;
  /** Site URL of the paper page, with the base path, as it was when the paper was added. */
  url: string;
  /** ISO timestamp. */
  addedAt: string;
  /** Id of a folder in `folders`. */
  folder: string;
  published?: string;
  authors: string[];
  categories: string[];
  arxivVersion?: number;
}

export interface FavouritesState {
  version: typeof STORE_VERSION;
  folders: Folder[];
  items: Favourite[];
  /**
   * Stored values this version could not read (corrupt entries, foreign JSON), kept verbatim so
   * saving never destroys what a newer version or a human could still recover.
   */
  unreadable?: string[];
}

/**
 * What pages hand the store about a paper: the card shape (shared/paper-summary.ts), of which a
 * reading list or an old export may know only the id, title and address.
 */
export type PaperFacts = Pick<PaperSummary, 'id' | 'title' | 'url'> & Partial<Omit<PaperSummary, 'id' | 'title' | 'url'>>;

export function emptyState(): FavouritesState {
  return { version: STORE_VERSION, folders: [{ id: DEFAULT_FOLDER, name: '' }], items: [] };
}

/** A paper as pages/favourites/ids.json lists it. */
export interface SitePaper {
  title: string;
  url: string;
  published?: string | undefined;
  /** The authors a card names (shared/author-list.ts: all, or the first three of five or more). */
  authors?: string[];
  /** How many authors in all, when more than are listed. */
  authorCount?: number;
  /** The takeaway as plain text, cut short. */
  takeaway?: string;
}
