/**
 * Adding an imported list to the favourites: folders are matched by name; when the browser's
 * storage cannot hold all of it, as many as fit are kept (found by halving) and the rest are left
 * out, so the page never shows favourites that are gone after a reload. Only the favourites page
 * loads this, so a paper page does not ship it.
 */
import { DEFAULT_FOLDER, type Favourite, type FavouritesState } from './model';
import type { FavouritesStore, SaveProblem } from './store';

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

/** Adds what `incoming` has and `store` lacks, in one write (or as much as fits). */
export function mergeFavourites(store: FavouritesStore, incoming: FavouritesState): MergeReport {
  const draft = structuredClone(store.latest());
  const folderIds = new Map<string, string>([[DEFAULT_FOLDER, DEFAULT_FOLDER]]);
  let foldersAdded = 0;
  for (const folder of incoming.folders) {
    if (folder.id === DEFAULT_FOLDER) continue;
    let mine = draft.folders.find((f) => f.name === folder.name);
    if (!mine) {
      mine = { id: draft.folders.some((f) => f.id === folder.id) ? store.newFolderId() : folder.id, name: folder.name };
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
  const problem = store.tryWrite(withFirst(kept));
  let saved = problem === undefined;
  if (problem === 'quota') {
    // The most that fits: `fits` entries are known to save, `tooMany` known not to.
    let fits = -1;
    let tooMany = kept;
    while (tooMany - fits > 1) {
      const middle = Math.floor((fits + tooMany) / 2);
      if (store.tryWrite(withFirst(middle)) === undefined) fits = middle;
      else tooMany = middle;
    }
    kept = Math.max(fits, 0);
    saved = fits >= 0 && store.tryWrite(withFirst(kept)) === undefined;
  }
  store.settle(withFirst(kept), saved);
  const report: MergeReport = {
    added: added.slice(0, kept),
    alreadyThere,
    foldersAdded,
    stored: saved ? kept : 0,
    left: added.length - kept,
  };
  if (problem) report.problem = problem;
  return report;
}
