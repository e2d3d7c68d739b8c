/**
 * The favourites store: favourites and folders over one storage key, on the safe store's core
 * (../safe-store.ts: re-read before every write, unreadable or newer data kept, tabs in step), with a
 * swappable storage engine (localStorage in the browser, a plain object in unit tests).
 */
import { DEFAULT_FOLDER, type Favourite, type FavouritesState, type Folder, type PaperFacts } from './model';
import { readState, type ReadProblem } from './parse';
import type { StorageEngine } from '../safe-storage';
import { createSafeStore, type SaveProblem } from '../safe-store';

export type { StorageEngine } from '../safe-storage';
export type { SaveProblem } from '../safe-store';

export interface StoreOptions {
  key: string;
  /** Undefined when the browser offers no storage (then favourites last as long as the page). */
  engine: StorageEngine | undefined;
  now?: () => Date;
  onSaveProblem?: (problem: SaveProblem) => void;
}

export function createFavouritesStore({ key, engine, now = () => new Date(), onSaveProblem }: StoreOptions) {
  const core = createSafeStore<FavouritesState, ReadProblem>({
    key,
    engine,
    read: (raw) => readState(raw, now().toISOString()),
    onSaveProblem,
  });
  const { update } = core;

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

  return {
    get state(): FavouritesState {
      return core.state;
    },
    /** Problems met reading the stored value when the store started or last re-read it. */
    get readProblems(): readonly ReadProblem[] {
      return core.readProblems;
    },
    has(id: string): boolean {
      return core.state.items.some((item) => item.id === id);
    },
    get(id: string): Favourite | undefined {
      return core.state.items.find((item) => item.id === id);
    },
    subscribe: core.subscribe,

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
      const current = core.state.items.find((item) => item.id === paper.id);
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
    /** For a change that decides itself what to save (merge.ts, loaded by the favourites page only). */
    latest: core.refresh,
    tryWrite: core.tryWrite,
    settle: core.settle,
    newFolderId,
    handleStorageEvent: core.handleStorageEvent,
  };
}

export type FavouritesStore = ReturnType<typeof createFavouritesStore>;
