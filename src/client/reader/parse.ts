/**
 * Reads whatever is stored under the reader key (or the `reader` part of an imported file) into
 * the current shape without throwing: corrupt JSON, foreign values and bad entries become a valid
 * state plus the problems met, and what could not be read is kept verbatim in `unreadable`.
 */
import { readPaperId } from '../favourites/parse';
import { NOTE_LIMIT, READER_VERSION, emptyReaderState, type Note, type ReadMark, type ReaderState } from './model';

export type ReaderReadProblem = 'corrupt' | 'foreign' | 'entries' | 'newer';

export interface ReaderReadResult {
  state: ReaderState;
  problems: ReaderReadProblem[];
}

const UNREADABLE_LIMIT = 50_000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isoTime(value: unknown): string | undefined {
  const time = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  return Number.isFinite(time) && time > 0 ? new Date(time).toISOString() : undefined;
}

function keepUnreadable(state: ReaderState, values: string[]): void {
  let room = UNREADABLE_LIMIT;
  const kept = [...(state.unreadable ?? []), ...values].filter((value) => (room -= value.length) >= 0);
  if (kept.length > 0) state.unreadable = kept;
  else delete state.unreadable;
}

function readMark(entry: unknown): ReadMark | undefined {
  if (!isObject(entry)) return undefined;
  const paper = readPaperId(entry.id);
  const at = isoTime(entry.at);
  return paper && at ? { id: paper.id, at } : undefined;
}

function readNote(entry: unknown): Note | undefined {
  if (!isObject(entry)) return undefined;
  const paper = readPaperId(entry.id);
  const text = typeof entry.text === 'string' ? entry.text.trim().slice(0, NOTE_LIMIT) : '';
  const updatedAt = isoTime(entry.updatedAt);
  return paper && text && updatedAt ? { id: paper.id, text, updatedAt } : undefined;
}

/** Reads a parsed value (already JSON) of the reader's shape. */
export function readReaderValue(value: unknown): ReaderReadResult {
  const state = emptyReaderState();
  const problems: ReaderReadProblem[] = [];
  // A newer version's data is read as far as it goes, and the store never writes over it.
  if (isObject(value) && typeof value.version === 'number' && value.version > READER_VERSION) problems.push('newer');
  if (!isObject(value) || (!Array.isArray(value.read) && !Array.isArray(value.notes))) {
    keepUnreadable(state, [JSON.stringify(value) ?? String(value)]);
    return { state, problems: [...problems, 'foreign'] };
  }
  if (Array.isArray(value.unreadable))
    keepUnreadable(
      state,
      value.unreadable.filter((v): v is string => typeof v === 'string'),
    );
  const bad: string[] = [];
  const read = new Map<string, ReadMark>();
  for (const entry of Array.isArray(value.read) ? value.read : []) {
    const mark = readMark(entry);
    if (!mark) bad.push(JSON.stringify(entry) ?? String(entry));
    else if (!read.has(mark.id)) read.set(mark.id, mark);
  }
  const notes = new Map<string, Note>();
  for (const entry of Array.isArray(value.notes) ? value.notes : []) {
    const note = readNote(entry);
    if (!note) bad.push(JSON.stringify(entry) ?? String(entry));
    else if (!notes.has(note.id)) notes.set(note.id, note);
  }
  state.read = [...read.values()];
  state.notes = [...notes.values()];
  if (isObject(value.visit)) {
    const lastSeen = isoTime(value.visit.lastSeen);
    const since = isoTime(value.visit.since);
    if (lastSeen) state.visit.lastSeen = lastSeen;
    if (since) state.visit.since = since;
  }
  if (bad.length > 0) {
    keepUnreadable(state, bad);
    problems.push('entries');
  }
  return { state, problems };
}

/** Reads a stored value; absent or blank is an empty state with no problem. */
export function readReaderState(raw: string | null | undefined): ReaderReadResult {
  if (raw === null || raw === undefined || raw.trim() === '') return { state: emptyReaderState(), problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    const state = emptyReaderState();
    keepUnreadable(state, [raw]);
    return { state, problems: ['corrupt'] };
  }
  return readReaderValue(value);
}
