/**
 * Results of expensive build work, remembered between builds in Astro's cache folder under a key of
 * their inputs. A route whose paths come out of such work (the search index names its shards by their
 * content) can return the list it wrote last time when its inputs are unchanged; Astro then restores
 * every one of those paths from its incremental cache, and the work never runs. Related papers are
 * kept the same way. The key must cover the inputs and the code that turns them into the result.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SideFiles } from '../loader/side-files';
import { siteConfig } from '../site';

const { pathsDir } = new SideFiles(siteConfig.cacheDir);
const memoFile = (name: string) => join(pathsDir, `${name}.json`);

/**
 * The last build's result for `name` when it was made under the same key and still has the right
 * shape (`valid`); otherwise `compute()`'s, remembered for the next build.
 */
export async function remembered<T>(
  name: string,
  key: string,
  valid: (value: unknown) => value is T,
  compute: () => Promise<T>,
): Promise<T> {
  try {
    const memo = JSON.parse(await readFile(memoFile(name), 'utf8')) as { key?: unknown; value?: unknown };
    if (memo.key === key && valid(memo.value)) return memo.value;
  } catch {
    // No memo yet, or unreadable: compute.
  }
  const value = await compute();
  await mkdir(pathsDir, { recursive: true });
  await writeFile(memoFile(name), JSON.stringify({ key, value }));
  return value;
}

const isPathList = (value: unknown): value is string[] => Array.isArray(value) && value.every((path) => typeof path === 'string');

/** The last build's paths for `name` when they were made under the same key; otherwise `compute()`'s, remembered. */
export function rememberedPaths(name: string, key: string, compute: () => Promise<string[]>): Promise<string[]> {
  return remembered(name, key, isPathList, compute);
}

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
