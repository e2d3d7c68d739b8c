/**
 * The reader store: read marks, notes and the last visit, over one storage key, with the
 * favourites store's safety (see ../favourites/store.ts): every change re-reads the stored value
 * first so another tab's change is kept; a failed write keeps the change in memory and reports
 * why (full, unavailable, or data from a newer version, which is never written over); nothing throws.
 */
import type { SaveProblem } from '../favourites/store';
import { readFrom, writeTo, type StorageEngine } from '../safe-storage';
import { NOTE_LIMIT, type Note, type ReaderState } from './model';
import { readReaderState, type ReaderReadProblem } from './parse';

export interface ReaderStoreOptions {
  key: string;
  engine: StorageEngine | undefined;
  now?: () => Date;
  onSaveProblem?: (problem: SaveProblem) => void;
}

type Listener = (state: ReaderState) => void;

export function createReaderStore({ key, engine, now = () => new Date(), onSaveProblem }: ReaderStoreOptions) {
  let lastRaw: string | null | undefined;
  let state: ReaderState;
  let readProblems: ReaderReadProblem[] = [];
  let unsaved = false;
  let readIds = new Set<string>();
  const listeners = new Set<Listener>();

  const read = () => readFrom(engine, key);

  function settle(next: ReaderState): void {
    state = next;
    readIds = new Set(next.read.map((mark) => mark.id));
  }

  function load(raw: string | null | undefined): void {
    lastRaw = raw;
    const result = readReaderState(raw);
    settle(result.state);
    readProblems = result.problems;
  }

  function emit(): void {
    for (const listener of listeners) {
      try {
        listener(state);
      } catch (error) {
        console.error(error);
      }
    }
  }

  function write(next: ReaderState, quiet: boolean): boolean {
    const fail = (problem: SaveProblem): false => {
      if (!quiet) onSaveProblem?.(problem);
      return false;
    };
    if (readProblems.includes('newer')) return fail('newer');
    const raw = JSON.stringify(next);
    const problem = writeTo(engine, key, raw);
    if (problem) return fail(problem);
    lastRaw = raw;
    return true;
  }

  /** Applies `change` to the freshest state and saves it; `quiet` changes (the page's, not the reader's) report no failure. */
  function update<T>(change: (draft: ReaderState) => T, quiet = false): T {
    if (!unsaved) {
      const raw = read();
      if (raw !== lastRaw && raw !== undefined) load(raw);
    }
    const draft = structuredClone(state);
    const result = change(draft);
    settle(draft);
    unsaved = !write(draft, quiet);
    emit();
    return result;
  }

  function setRead(draft: ReaderState, ids: readonly string[], value: boolean): void {
    const wanted = new Set(ids);
    draft.read = draft.read.filter((mark) => !wanted.has(mark.id));
    if (value) for (const id of wanted) draft.read.push({ id, at: now().toISOString() });
  }

  load(read());

  return {
    get state(): ReaderState {
      return state;
    },
    get readProblems(): readonly ReaderReadProblem[] {
      return readProblems;
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isRead(id: string): boolean {
      return readIds.has(id);
    },
    note(id: string): Note | undefined {
      return state.notes.find((note) => note.id === id);
    },

    /** Marks papers read (or unread); `quiet` for the page's own marking after a few seconds of reading. */
    markRead(ids: readonly string[], value = true, quiet = false): void {
      const changes = ids.some((id) => readIds.has(id) !== value);
      if (!changes) return;
      update(
        (draft) =>
          setRead(
            draft,
            ids.filter((id) => readIds.has(id) !== value),
            value,
          ),
        quiet,
      );
    },
    /** Sets a paper's note; blank text removes it. */
    setNote(id: string, text: string): void {
      const trimmed = text.trim().slice(0, NOTE_LIMIT);
      update((draft) => {
        draft.notes = draft.notes.filter((note) => note.id !== id);
        if (trimmed) draft.notes.push({ id, text: trimmed, updatedAt: now().toISOString() });
      });
    },

    /**
     * Applies `change` to the freshest stored state and saves it (see visit.ts, merge.ts, which
     * only the pages that need them load). `quiet` reports no failed save.
     */
    change<T>(change: (draft: ReaderState) => T, quiet = false): T {
      return update(change, quiet);
    },
    /** Whether the last change could not be written (then changes build on memory, not storage). */
    get unsaved(): boolean {
      return unsaved;
    },

    /** Another tab changed the key: take its value. */
    handleStorageEvent(event: { key: string | null; newValue: string | null }): void {
      if (event.key !== null && event.key !== key) return;
      const raw = event.key === null ? read() : event.newValue;
      if (raw === lastRaw) return;
      unsaved = false;
      load(raw);
      emit();
    },
  };
}

export type ReaderStore = ReturnType<typeof createReaderStore>;
