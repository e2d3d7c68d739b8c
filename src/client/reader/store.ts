/**
 * The reader store: read marks, notes and the last visit, over one storage key, on the safe store's
 * core shared with the favourites store (../safe-store.ts): every change re-reads the stored value
 * first so another tab's change is kept; a failed write keeps the change in memory and reports why
 * (full, unavailable, or data from a newer version, which is never written over); nothing throws.
 */
import type { StorageEngine } from '../safe-storage';
import { createSafeStore, type SaveProblem } from '../safe-store';
import { NOTE_LIMIT, type Note, type ReaderState } from './model';
import { readReaderState, type ReaderReadProblem } from './parse';

export interface ReaderStoreOptions {
  key: string;
  engine: StorageEngine | undefined;
  now?: () => Date;
  onSaveProblem?: (problem: SaveProblem) => void;
}

export function createReaderStore({ key, engine, now = () => new Date(), onSaveProblem }: ReaderStoreOptions) {
  const core = createSafeStore<ReaderState, ReaderReadProblem>({ key, engine, read: readReaderState, onSaveProblem });
  const { update } = core;
  // The ids of read papers, made again only when the state changed.
  let readIdsOf: ReaderState | undefined;
  let readIds = new Set<string>();
  const isRead = (id: string) => {
    if (readIdsOf !== core.state) {
      readIdsOf = core.state;
      readIds = new Set(core.state.read.map((mark) => mark.id));
    }
    return readIds.has(id);
  };

  function setRead(draft: ReaderState, ids: readonly string[], value: boolean): void {
    const wanted = new Set(ids);
    draft.read = draft.read.filter((mark) => !wanted.has(mark.id));
    if (value) for (const id of wanted) draft.read.push({ id, at: now().toISOString() });
  }

  return {
    get state(): ReaderState {
      return core.state;
    },
    get readProblems(): readonly ReaderReadProblem[] {
      return core.readProblems;
    },
    subscribe: core.subscribe,
    isRead,
    note(id: string): Note | undefined {
      return core.state.notes.find((note) => note.id === id);
    },

    /** Marks papers read (or unread); `quiet` for the page's own marking after a few seconds of reading. */
    markRead(ids: readonly string[], value = true, quiet = false): void {
      const changes = ids.filter((id) => isRead(id) !== value);
      if (changes.length > 0) update((draft) => setRead(draft, changes, value), quiet);
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
      return core.unsaved;
    },
    /** Another tab changed the key: take its value. */
    handleStorageEvent: core.handleStorageEvent,
  };
}

export type ReaderStore = ReturnType<typeof createReaderStore>;
