/**
 * The favourites store: a small state machine over one storage key, with a swappable storage
 * engine (localStorage in the browser, a plain object in unit tests). Every change re-reads the
 * stored value first, so a change made meanwhile in another tab is kept, then writes it back.
 * Nothing here throws: a failed write keeps the change in memory and reports a problem.
 */
import { DEFAULT_FOLDER, STORE_VERSION, type Favourite, type FavouritesState, type Folder, type PaperFacts } from './model';
import { readState, type ReadProblem } from './parse';
import { readFrom, writeTo, type StorageEngine } from '../safe-storage';

export type { StorageEngine } from '../safe-storage';

/** Why something could not be saved: storage full, storage unavailable, or data from a newer version. */
export type SaveProblem = 'quota' | 'unavailable' | 'newer';

export interface StoreOptions {
  key: string;
  /** Undefined when the browser offers no storage (then favourites last as long as the page). */
  engine: StorageEngine | undefined;
  now?: () => Date;
  onSaveProblem?: (problem: SaveProblem) => void;
}

export interface MergeReport {
  /** The favourites added to the page (saved, unless `problem` says otherwise). */
  added: Favourite[];
  alreadyThere: number;
  foldersAdded: number;
  /** How many of `added` are in the browser's storage, so still there after a reload. */
  stored: number;
  /** New favourites of the import left out because the browser's storage is full. */
  left: number;
  /** Why the import could not be saved whole, if it could not. */
  problem?: SaveProblem;
}

type Listener = (state: FavouritesState) => void;

function clone(state: FavouritesState): FavouritesState {
  return structuredClone(state);
}

export function createFavouritesStore({ key, engine, now = () => new Date(), onSaveProblem }: StoreOptions) {
  let lastRaw: string | null | undefined;
  let state: FavouritesState;
  let readProblems: ReadProblem[] = [];
  /** A change that could not be written; later changes build on memory, not on storage. */
  let unsaved = false;
  const listeners = new Set<Listener>();

  const read = () => readFrom(engine, key);

  function load(raw: string | null | undefined): void {
    lastRaw = raw;
    const result = readState(raw, now().toISOString());
    state = result.state;
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

  function write(next: FavouritesState, quiet: boolean): boolean {
    const problem = tryWrite(next);
    if (problem && !quiet) onSaveProblem?.(problem);
    return !problem;
  }

  function tryWrite(next: FavouritesState): SaveProblem | undefined {
    if (readProblems.includes('newer')) return 'newer';
    const raw = JSON.stringify(next);
    const problem = writeTo(engine, key, raw);
    if (problem) return problem;
    lastRaw = raw;
    return undefined;
  }

  /**
   * Applies `change` to the freshest state and saves it; listeners hear about it either way.
   * `quiet` changes (made by the page, not the reader) do not report a failed save.
   */
  function update<T>(change: (draft: FavouritesState) => T, quiet = false): T {
    if (!unsaved) {
      const raw = read();
      if (raw !== lastRaw && raw !== undefined) load(raw);
    }
    const draft = clone(state);
    const result = change(draft);
    state = draft;
    unsaved = !write(draft, quiet);
    emit();
    return result;
  }

  function favouriteFrom(paper: PaperFacts, folder: string): Favourite {
    const favourite: Favourite = {
      id: paper.id,
      title: paper.title,
      url: paper.url,
      addedAt: now().toISOString(),
      folder,
      authors: paper.authors ?? [],
      categories: paper.categories ?? [],
    };
    if (paper.published) favourite.published = paper.published;
    if (paper.arxivVersion) favourite.arxivVersion = paper.arxivVersion;
    return favourite;
  }

  function newFolderId(): string {
    return `f-${now().getTime().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  }

  function folderOrDefault(draft: FavouritesState, folder: string | undefined): string {
    return draft.folders.some((f) => f.id === folder) ? folder! : DEFAULT_FOLDER;
  }

  load(read());

  return {
    get state(): FavouritesState {
      return state;
    },
    /** Problems met reading the stored value when the store started or last re-read it. */
    get readProblems(): readonly ReadProblem[] {
      return readProblems;
    },
    has(id: string): boolean {
      return state.items.some((item) => item.id === id);
    },
    get(id: string): Favourite | undefined {
      return state.items.find((item) => item.id === id);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Adds the paper, or removes it when present; returns whether it is a favourite now. */
    toggle(paper: PaperFacts, folder?: string): boolean {
      return update((draft) => {
        const index = draft.items.findIndex((item) => item.id === paper.id);
        if (index >= 0) draft.items.splice(index, 1);
        else draft.items.push(favouriteFrom(paper, folderOrDefault(draft, folder)));
        return index < 0;
      });
    },
    /** Adds papers that are not favourites yet, in one write. */
    add(papers: PaperFacts | readonly PaperFacts[], folder?: string): void {
      update((draft) => {
        for (const paper of Array.isArray(papers) ? papers : [papers]) {
          if (!draft.items.some((item) => item.id === paper.id)) draft.items.push(favouriteFrom(paper, folderOrDefault(draft, folder)));
        }
      });
    },
    /** Refreshes what is known about a favourite (title, authors…) from the site, keeping its date and folder. */
    refresh(paper: PaperFacts): void {
      const current = state.items.find((item) => item.id === paper.id);
      if (!current) return;
      const fresh = favouriteFrom(paper, current.folder);
      fresh.addedAt = current.addedAt;
      if (JSON.stringify(fresh) === JSON.stringify(current)) return;
      update((draft) => {
        const index = draft.items.findIndex((item) => item.id === paper.id);
        if (index >= 0) draft.items[index] = { ...fresh, folder: draft.items[index]!.folder, addedAt: draft.items[index]!.addedAt };
      }, true);
    },
    /** Removes favourites; returns them, for undo. */
    remove(ids: readonly string[]): Favourite[] {
      return update((draft) => {
        const removed = draft.items.filter((item) => ids.includes(item.id));
        draft.items = draft.items.filter((item) => !ids.includes(item.id));
        return removed;
      });
    },
    clear(): Favourite[] {
      return update((draft) => {
        const removed = draft.items;
        draft.items = [];
        return removed;
      });
    },
    /** Puts removed favourites back with their dates and folders (undo). */
    restore(favourites: readonly Favourite[]): void {
      update((draft) => {
        for (const favourite of favourites) {
          if (draft.items.some((item) => item.id === favourite.id)) continue;
          draft.items.push({ ...favourite, folder: folderOrDefault(draft, favourite.folder) });
        }
      });
    },
    move(ids: readonly string[], folder: string): void {
      update((draft) => {
        const target = folderOrDefault(draft, folder);
        for (const item of draft.items) if (ids.includes(item.id)) item.folder = target;
      });
    },
    createFolder(name: string): Folder | undefined {
      const trimmed = name.trim().slice(0, 100);
      if (!trimmed) return undefined;
      return update((draft) => {
        const existing = draft.folders.find((f) => f.name === trimmed);
        if (existing) return existing;
        const folder = { id: newFolderId(), name: trimmed };
        draft.folders.push(folder);
        return folder;
      });
    },
    renameFolder(id: string, name: string): void {
      const trimmed = name.trim().slice(0, 100);
      if (!trimmed || id === DEFAULT_FOLDER) return;
      update((draft) => {
        const folder = draft.folders.find((f) => f.id === id);
        if (folder) folder.name = trimmed;
      });
    },
    /** Deletes a folder; its papers move to the default folder, never away. */
    deleteFolder(id: string): void {
      if (id === DEFAULT_FOLDER) return;
      update((draft) => {
        draft.folders = draft.folders.filter((f) => f.id !== id);
        for (const item of draft.items) if (item.folder === id) item.folder = DEFAULT_FOLDER;
      });
    },
    /**
     * Adds what `incoming` has and this store lacks; folders are matched by name. When the browser's
     * storage cannot hold all of it, as many as fit are kept (found by halving) and the rest are left
     * out, so the page never shows favourites that are gone after a reload.
     */
    merge(incoming: FavouritesState): MergeReport {
      if (!unsaved) {
        const raw = read();
        if (raw !== lastRaw && raw !== undefined) load(raw);
      }
      const draft = clone(state);
      const folderIds = new Map<string, string>([[DEFAULT_FOLDER, DEFAULT_FOLDER]]);
      let foldersAdded = 0;
      for (const folder of incoming.folders) {
        if (folder.id === DEFAULT_FOLDER) continue;
        let mine = draft.folders.find((f) => f.name === folder.name);
        if (!mine) {
          mine = { id: draft.folders.some((f) => f.id === folder.id) ? newFolderId() : folder.id, name: folder.name };
          draft.folders.push(mine);
          foldersAdded++;
        }
        folderIds.set(folder.id, mine.id);
      }
      const have = new Set(draft.items.map((item) => item.id));
      const before = draft.items;
      const added: Favourite[] = [];
      for (const item of incoming.items) {
        if (have.has(item.id)) continue;
        have.add(item.id);
        added.push({ ...item, folder: folderIds.get(item.folder) ?? DEFAULT_FOLDER });
      }
      const alreadyThere = incoming.items.length - added.length;
      const withFirst = (count: number): FavouritesState => ({ ...draft, items: [...before, ...added.slice(0, count)] });
      let kept = added.length;
      const problem = tryWrite(withFirst(kept));
      let saved = problem === undefined;
      if (problem === 'quota') {
        // The most that fits: `fits` entries are known to save, `tooMany` known not to.
        let fits = -1;
        let tooMany = kept;
        while (tooMany - fits > 1) {
          const middle = Math.floor((fits + tooMany) / 2);
          if (tryWrite(withFirst(middle)) === undefined) fits = middle;
          else tooMany = middle;
        }
        kept = Math.max(fits, 0);
        saved = fits >= 0 && tryWrite(withFirst(kept)) === undefined;
      }
      state = withFirst(kept);
      unsaved = !saved;
      emit();
      const report: MergeReport = {
        added: added.slice(0, kept),
        alreadyThere,
        foldersAdded,
        stored: saved ? kept : 0,
        left: added.length - kept,
      };
      if (problem) report.problem = problem;
      return report;
    },

    /** Another tab changed the key: take its value (the `storage` event's `newValue`). */
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

export type FavouritesStore = ReturnType<typeof createFavouritesStore>;

/** The file a reader downloads: the stored shape plus a marker that says what it is. */
export function exportJson(state: FavouritesState, exportedAt = new Date()): string {
  const { folders, items } = state;
  return JSON.stringify(
    { format: 'papershelf-favourites', version: STORE_VERSION, exportedAt: exportedAt.toISOString(), folders, items },
    null,
    2,
  );
}
