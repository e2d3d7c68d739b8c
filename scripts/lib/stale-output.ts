/**
 * What a build kept in place leaves behind. `npm run build` builds into the last build's output
 * (Astro then skips a page whose file is already there and whose key is unchanged, "(cached)", with
 * no I/O at all), so files of pages that no longer exist stay unless they are removed. A file
 * belongs to this build when the build's output list names it (src/integrations/output-list.ts:
 * pages rendered, restored or left in place, public files, assets, .bib and search files) or when
 * it was written after the build started; everything else is stale.
 */
import { lstatSync, mkdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { filesUnder } from '../../src/integrations/output-list.ts';
import type { OutputList } from '../../src/loader/side-files.ts';

/**
 * The build's start on the file system's own clock: the time stamp of a file written now. (The file
 * system stamps files with a coarse clock, so a file written just after `Date.now()` can carry an
 * earlier time; compared with this stamp, every file written later is at or after it.)
 */
export function markStart(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, 'papershelf-build-started');
  writeFileSync(marker, `${process.pid}\n`);
  return statSync(marker).mtimeMs;
}

/** Whether `list` is an output list of the folder `outDir`. */
export function listsFolder(list: OutputList | undefined, outDir: string): list is OutputList {
  return list !== undefined && resolve(list.outDir) === resolve(outDir);
}

/**
 * Whether `list` (the output list read after a build) is this build's list of `outDir`: written at or
 * after `since` (markStart) for the same folder. Astro's last step writes it
 * (src/integrations/output-list.ts), so without it the build did not finish, whatever its exit status.
 */
export function listedByThisBuild(list: OutputList | undefined, outDir: string, since: number): list is OutputList {
  return listsFolder(list, outDir) && list.writtenAt >= since;
}

/**
 * Files under `outDir` (relative paths) that this build did not produce: not in `produced` (this
 * build's output list, integrations/output-list.ts) and not modified at or after `since` (a time
 * stamp from `markStart`, ms). With `last`, the last build's list for the same folder, only its
 * files are looked at: a file of the last build that this one does not have is stale, and the
 * output is not walked (100,000 files and folders at 14,000 papers). Without it, every file is. A
 * `.git` folder at the top, as Astro itself spares it, is left alone.
 */
export function staleFiles(outDir: string, produced: readonly string[], since: number, last?: readonly string[]): string[] {
  const keep = new Set(produced);
  const candidates = last ?? filesUnder(outDir, outDir);
  const stale: string[] = [];
  for (const name of candidates) {
    if (keep.has(name) || name === '.git' || name.startsWith('.git/')) continue;
    const mtime = modified(join(outDir, name));
    if (mtime === undefined || mtime >= since) continue;
    stale.push(name);
  }
  return stale.sort();
}

function modified(path: string): number | undefined {
  try {
    return lstatSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Deletes the stale files and the folders they leave empty; returns how many files went. */
export function removeStale(outDir: string, stale: readonly string[]): number {
  const folders = new Set<string>();
  for (const name of stale) {
    unlinkSync(join(outDir, name));
    for (let dir = join(name, '..'); dir !== '.' && dir !== ''; dir = join(dir, '..')) folders.add(dir);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  for (const dir of [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length)) {
    try {
      rmdirSync(join(outDir, dir));
    } catch {
      // Not empty: something of this build lives there.
    }
  }
  return stale.length;
}
