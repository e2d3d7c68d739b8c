/**
 * The version of a piece of build code, as a hash of its source files: keys of work remembered
 * between builds (lib/path-memo.ts, lib/paper-memo.ts) include it, so new code never reuses what old
 * code made. Imports only Node's own modules: build integrations and worker threads use it too.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A hash of the source files under `dirs` (folders or files, relative to the project root), for keys that must change
 * with the code that produces a route's paths. Astro's own route hash covers the code too, but only
 * for rendering; this covers the list of paths, which is decided before anything renders.
 */
export async function sourceVersion(dirs: readonly string[], files: RegExp = /\.(?:ts|js|json)$/): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const names = (await stat(dir).catch(() => undefined))?.isFile()
      ? ['']
      : (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
    for (const name of names) {
      const path = name ? join(dir, name) : dir;
      if (!files.test(path)) continue;
      hash.update(`${path}\0`);
      hash.update(await readFile(path));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
