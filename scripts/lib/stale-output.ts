/**
 * What a build kept in place leaves behind. `npm run build` builds into the last build's output
 * (Astro then skips a page whose file is already there and whose key is unchanged, "(cached)", with
 * no I/O at all), so files of pages that no longer exist stay unless they are removed. A file
 * belongs to this build when Astro's incremental manifest lists it (rendered, restored or left in
 * place) or when it was written after the build started (assets, public files, .bib files, the
 * sitemap, pages without a cache key); everything else is stale.
 */
import { mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

interface IncrementalManifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** Absolute paths of the files Astro's incremental manifest (`incremental-build.json`) says this build produced. */
export function manifestFiles(manifestFile: string, outDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as IncrementalManifest;
  const base = pathToFileURL(outDir.endsWith(sep) ? outDir : `${outDir}${sep}`);
  const files = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      // Astro records the file as a URL relative to the output folder, percent-encoded.
      if (typeof outputFile === 'string') files.add(fileURLToPath(new URL(outputFile, base)));
    }
  }
  return files;
}

/**
 * Files under `outDir` (relative paths) that are neither in `produced` nor modified at or after
 * `since` (a time stamp from `markStart`, ms). A `.git` folder at the top, as Astro itself spares it, is left alone.
 */
export function staleFiles(outDir: string, produced: ReadonlySet<string>, since: number): string[] {
  const stale: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(outDir, path);
    if (name === '.git' || name.startsWith(`.git${sep}`)) continue;
    if (produced.has(path)) continue;
    if (statSync(path).mtimeMs >= since) continue;
    stale.push(name);
  }
  return stale.sort();
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
