/**
 * Under `astro dev`, re-syncs the collection when a summary file under PAPERS_DIR is added, changed
 * or deleted, as Astro's glob loader does. A re-sync is the loader's whole load: the per-file cache
 * makes it read only the changed files, and merging duplicates and dropping deleted papers stay
 * exactly as in a build. Bursts of events (an editor saving, a folder copied in) become one re-sync.
 */
import { basename, relative, sep } from 'node:path';
import { isSummaryFile } from './files.ts';

/** The part of Vite's file watcher (chokidar) the loader uses. */
export interface SummaryWatcher {
  add(paths: string | readonly string[]): unknown;
  on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown;
}

/** Waits this long after an event for more before re-syncing. */
const SETTLE_MS = 50;

export function watchSummaryFiles(
  watcher: SummaryWatcher,
  dir: string,
  resync: (changed: readonly string[]) => Promise<void>,
  onError: (error: unknown) => void,
): void {
  let changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const run = (): void => {
    timer = undefined;
    if (running) {
      // The files changed meanwhile are read after this re-sync, in one more.
      void running.then(schedule);
      return;
    }
    const files = [...changed];
    changed = new Set();
    running = resync(files)
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  };
  function schedule(): void {
    if (changed.size === 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  }
  const onEvent = (path: string): void => {
    const inside = relative(dir, path);
    if (!inside || inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')) return;
    if (!isSummaryFile(basename(path))) return;
    changed.add(inside.split(sep).join('/'));
    schedule();
  };

  watcher.add(dir);
  watcher.on('add', onEvent);
  watcher.on('change', onEvent);
  watcher.on('unlink', onEvent);
}
