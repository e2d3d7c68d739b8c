/**
 * The reader's own data beside the favourites: which papers they have read, their private notes,
 * and when they last visited (for "new since your last visit"). Kept under STORAGE_KEYS.reader.
 * Version 1: `{ version: 1, read, notes, visit, unreadable? }`; entries are kept in arrays (not
 * objects keyed by id) so an id such as `__proto__` or `constructor` is only ever text.
 */

export const READER_VERSION = 1;

/** A paper the reader has read, and when (ISO timestamp). */
export interface ReadMark {
  id: string;
  at: string;
}

/** A private note on a paper: plain text. */
export interface Note {
  id: string;
  text: string;
  /** ISO timestamp of the last edit; an import keeps the newer of two notes. */
  updatedAt: string;
}

export interface Visit {
  /** The last time a page of the site was open (ISO). */
  lastSeen?: string;
  /** The end of the previous visit: papers that arrived after its day are "new". */
  since?: string;
}

export interface ReaderState {
  version: typeof READER_VERSION;
  read: ReadMark[];
  notes: Note[];
  visit: Visit;
  /** Stored values this version could not read, kept verbatim (see favourites/model.ts). */
  unreadable?: string[];
}

/** Notes longer than this are cut: a note is a few lines, and storage is small. */
export const NOTE_LIMIT = 5_000;

/** Page views closer together than this belong to one visit. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

export function emptyReaderState(): ReaderState {
  return { version: READER_VERSION, read: [], notes: [], visit: {} };
}
