/**
 * Reads whatever is stored under the favourites key (or an imported file) into the current shape,
 * without ever throwing: corrupt JSON, foreign values, entries of the wrong shape and older versions
 * all become a valid state plus a list of what could not be read. Entries are plain data checked
 * field by field and kept in arrays, so keys such as `__proto__` are just text.
 */
import { DEFAULT_FOLDER, STORE_VERSION, emptyState, type Favourite, type FavouritesState, type Folder } from './model';
import { paperUrl } from '../../shared/urls';
import { parsePaperId } from '../../shared/paper-id';

export type ReadProblem = 'corrupt' | 'foreign' | 'entries' | 'newer';

export interface ReadResult {
  state: FavouritesState;
  problems: ReadProblem[];
  /** Entries that could not be read and were left out (kept as text in `state.unreadable` while room lasts). */
  skipped: number;
}

/** Entries read between two pauses, when a read is sliced (see readStateSteps). */
export const ENTRIES_PER_SLICE = 500;

/** Unreadable values are kept up to this many characters in all, so keeping them cannot fill the quota. */
const UNREADABLE_LIMIT = 100_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max = 1000): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((v) => (text(v, 300) === undefined ? [] : [text(v, 300)!])) : [];
}

/**
 * A paper id in any form (shared/paper-id.ts): `2404.01817v2` (the digest site's form) becomes
 * id + version, `arXiv:hep-th/9901001`, an abs URL or a DOI their canonical id.
 */
export function readPaperId(value: unknown): { id: string; version?: number } | undefined {
  const parsed = parsePaperId(value);
  if (!parsed) return undefined;
  return parsed.version ? { id: parsed.id, version: parsed.version } : { id: parsed.id };
}

/** Only site-relative paths: a stored or imported `javascript:` or off-site URL is never used as a link. */
function safeUrl(value: unknown, id: string): string {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : paperUrl(id);
}

/** The latest time a Date can hold (ECMAScript: 100,000,000 days after 1970); later ones make toISOString throw. */
const MAX_TIME = 8.64e15;

function isoTime(value: unknown, fallback: string): string {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) && time > 0 && time <= MAX_TIME ? new Date(time).toISOString() : fallback;
}

function readFolders(value: unknown): Folder[] {
  const folders: Folder[] = [{ id: DEFAULT_FOLDER, name: '' }];
  if (!Array.isArray(value)) return folders;
  for (const entry of value) {
    if (!isObject(entry)) continue;
    const id = text(entry.id, 64);
    const name = text(entry.name, 100);
    if (!id || id === DEFAULT_FOLDER || !name || folders.some((f) => f.id === id)) continue;
    folders.push({ id, name });
  }
  return folders;
}

function readFavourite(entry: unknown, folders: Folder[], now: string, legacy: boolean): Favourite | undefined {
  const fields: Json = isObject(entry) ? entry : typeof entry === 'string' ? { id: entry } : {};
  const paper = readPaperId(fields.id ?? fields.arxivId ?? fields.arxiv_id);
  if (!paper) return undefined;
  const folderValue = text(fields.folder, 100);
  let folder = folders.find((f) => f.id === folderValue) ?? folders.find((f) => f.name === folderValue);
  if (!folder && legacy && folderValue && folderValue !== DEFAULT_FOLDER) {
    // Older data named folders on the entries themselves.
    folder = { id: `f-${folders.length}-${Date.now().toString(36)}`, name: folderValue };
    folders.push(folder);
  }
  const version = Number(fields.arxivVersion ?? paper.version);
  const published = text(fields.published, 10);
  const favourite: Favourite = {
    id: paper.id,
    title: text(fields.title) ?? paper.id,
    url: safeUrl(fields.url, paper.id),
    addedAt: isoTime(fields.addedAt ?? fields.added ?? fields.timestamp ?? fields.date, now),
    folder: folder?.id ?? DEFAULT_FOLDER,
    authors: texts(fields.authors),
    categories: texts(fields.categories),
  };
  if (published && DATE.test(published)) favourite.published = published;
  if (Number.isInteger(version) && version > 0) favourite.arxivVersion = version;
  return favourite;
}

function describeEntry(entry: unknown): string {
  try {
    return (JSON.stringify(entry) ?? String(entry)).slice(0, 2000);
  } catch {
    return String(typeof entry);
  }
}

function keepUnreadable(state: FavouritesState, values: string[]): void {
  const kept = [...(state.unreadable ?? []), ...values];
  let room = UNREADABLE_LIMIT;
  state.unreadable = kept.filter((value) => (room -= value.length) >= 0);
  if (state.unreadable.length === 0) delete state.unreadable;
}

/** Reads a stored or imported value. `now` dates entries that carry no date of their own. */
export function readState(raw: string | null | undefined, now = new Date().toISOString()): ReadResult {
  const steps = readStateSteps(raw, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `raw` parsed as JSON, or undefined; a parse that fails is the reader's file, never our error. */
export function parseJson(raw: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    return undefined;
  }
}

/** The list of entries in a parsed value (an export, an older store, a bare array), if it has one. */
export function entryList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  return isObject(value) ? [value.items, value.favourites, value.favorites].find(Array.isArray) : undefined;
}

/**
 * readState as steps: it pauses (yields) every ENTRIES_PER_SLICE entries, so an import of a large
 * file can hand the main thread back to the page between slices; readState runs it straight through.
 */
export function* readStateSteps(
  raw: string | null | undefined,
  now = new Date().toISOString(),
  parsed?: { value: unknown },
): Generator<number, ReadResult> {
  const state = emptyState();
  if (!parsed && (raw === null || raw === undefined || raw.trim() === '')) return { state, problems: [], skipped: 0 };
  const json = parsed ?? parseJson(raw ?? '');
  if (!json) {
    keepUnreadable(state, [raw ?? '']);
    return { state, problems: ['corrupt'], skipped: 0 };
  }
  const { value } = json;
  const problems: ReadProblem[] = [];
  const list = entryList(value);
  if (!list) {
    keepUnreadable(state, [raw ?? '']);
    return { state, problems: ['foreign'], skipped: 0 };
  }
  const legacy = !isObject(value) || !Array.isArray(value.folders);
  if (isObject(value)) {
    state.folders = readFolders(value.folders);
    if (typeof value.version === 'number' && value.version > STORE_VERSION) problems.push('newer');
    if (Array.isArray(value.unreadable))
      keepUnreadable(
        state,
        value.unreadable.filter((v): v is string => typeof v === 'string'),
      );
  }
  const seen = new Set<string>();
  const unreadable: string[] = [];
  let skipped = 0;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % ENTRIES_PER_SLICE === 0) yield i;
    const entry = list[i];
    let favourite: Favourite | undefined;
    try {
      favourite = readFavourite(entry, state.folders, now, legacy);
    } catch {
      // One entry no check foresaw must not cost the others: it is skipped like any unreadable one.
    }
    if (!favourite) {
      skipped++;
      if (unreadable.length < 1000) unreadable.push(describeEntry(entry));
    } else if (!seen.has(favourite.id)) {
      seen.add(favourite.id);
      state.items.push(favourite);
    }
  }
  if (skipped > 0) {
    keepUnreadable(state, unreadable);
    problems.push('entries');
  }
  return { state, problems, skipped };
}
