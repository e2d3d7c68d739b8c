/**
 * The core of every store of what a reader keeps (favourites, reader state): one value under one
 * storage key, read through `read` (which never throws and says what it could not read). Every change
 * re-reads the stored value first, so another tab's change is kept; a failed write keeps the change in
 * memory and reports why (full, unavailable, or data of a newer version, which is never written over);
 * the `storage` event keeps tabs in step. Nothing here throws.
 */
import { browserStorage, readFrom, writeTo, type StorageEngine } from './safe-storage';

/** Why something could not be saved: storage full, storage unavailable, or data from a newer version. */
export type SaveProblem = 'quota' | 'unavailable' | 'newer';

export interface SafeStoreOptions<S, P extends string> {
  key: string;
  /** Undefined when the browser offers no storage (then what is kept lasts as long as the page). */
  engine: StorageEngine | undefined;
  /** The stored text (null: none; undefined: storage unreadable) as a state, with what could not be read. */
  read: (raw: string | null | undefined) => { state: S; problems: P[] };
  onSaveProblem?: ((problem: SaveProblem) => void) | undefined;
}

export function createSafeStore<S, P extends string>({ key, engine, read, onSaveProblem }: SafeStoreOptions<S, P>) {
  let lastRaw: string | null | undefined;
  let state!: S;
  let problems: P[] = [];
  /** A change that could not be written; later changes build on memory, not on storage. */
  let unsaved = false;
  const listeners = new Set<(state: S) => void>();

  function load(raw: string | null | undefined): void {
    lastRaw = raw;
    ({ state, problems } = read(raw));
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

  /** Takes another tab's change, unless this page holds one it could not save. */
  function refresh(): S {
    if (!unsaved) {
      const raw = readFrom(engine, key);
      if (raw !== lastRaw && raw !== undefined) load(raw);
    }
    return state;
  }

  function tryWrite(next: S): SaveProblem | undefined {
    if ((problems as string[]).includes('newer')) return 'newer';
    const raw = JSON.stringify(next);
    const problem = writeTo(engine, key, raw);
    if (problem) return problem;
    lastRaw = raw;
    return undefined;
  }

  /** Makes `next` the state (`saved` or not) and tells the listeners. */
  function settle(next: S, saved: boolean): void {
    state = next;
    unsaved = !saved;
    emit();
  }

  load(readFrom(engine, key));

  return {
    get state(): S {
      return state;
    },
    /** Problems met reading the stored value when the store started or last re-read it. */
    get readProblems(): readonly P[] {
      return problems;
    },
    /** Whether the last change could not be written. */
    get unsaved(): boolean {
      return unsaved;
    },
    subscribe(listener: (state: S) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Applies `change` to a copy of the freshest state and saves it; listeners hear of it either way.
     * `quiet` changes (made by the page, not the reader) do not report a failed save.
     */
    update<T>(change: (draft: S) => T, quiet = false): T {
      const draft = structuredClone(refresh());
      const result = change(draft);
      const problem = tryWrite(draft);
      if (problem && !quiet) onSaveProblem?.(problem);
      settle(draft, !problem);
      return result;
    },
    /** For a change that decides itself what to save (an import that must fit): refresh, tryWrite, settle. */
    refresh,
    tryWrite,
    settle,
    /** Another tab changed the key: take its value (the `storage` event's `newValue`). */
    handleStorageEvent(event: { key: string | null; newValue: string | null }): void {
      if (event.key !== null && event.key !== key) return;
      const raw = event.key === null ? readFrom(engine, key) : event.newValue;
      if (raw === lastRaw) return;
      unsaved = false;
      load(raw);
      emit();
    },
  };
}

export type SafeStore<S, P extends string> = ReturnType<typeof createSafeStore<S, P>>;

/** Keeps a store on the browser's localStorage in step with other tabs. */
export function followOtherTabs(store: { handleStorageEvent: (event: StorageEvent) => void }): void {
  window.addEventListener('storage', (event) => {
    if (event.storageArea === null || event.storageArea === browserStorage()) store.handleStorageEvent(event);
  });
}
