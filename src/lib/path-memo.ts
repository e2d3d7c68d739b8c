/**
 * A route's list of paths, remembered between builds in Astro's cache folder. A route whose paths come
 * out of expensive work (the search index names its shards by their content) can return the list
 * it wrote last time when its inputs are unchanged; Astro then restores every one of those paths from
 * its incremental cache, and the work never runs. The key must cover the inputs and the code that
 * turns them into paths.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SideFiles } from '../loader/side-files';
import { siteConfig } from '../site';

const { pathsDir } = new SideFiles(siteConfig.cacheDir);
const memoFile = (name: string) => join(pathsDir, `${name}.json`);

/** The last build's paths for `name` when they were made under the same key; otherwise `compute()`'s, remembered. */
export async function rememberedPaths(name: string, key: string, compute: () => Promise<string[]>): Promise<string[]> {
  try {
    const memo = JSON.parse(await readFile(memoFile(name), 'utf8')) as { key?: unknown; paths?: unknown };
    if (memo.key === key && Array.isArray(memo.paths) && memo.paths.every((path) => typeof path === 'string')) return memo.paths;
  } catch {
    // No memo yet, or unreadable: compute.
  }
  const paths = await compute();
  await mkdir(pathsDir, { recursive: true });
  await writeFile(memoFile(name), JSON.stringify({ key, paths }));
  return paths;
}

/**
 * A hash of the source files under `dirs` (relative to the project root), for keys that must change
 * with the code that produces a route's paths. Astro's own route hash covers the code too, but only
 * for rendering; this covers the list of paths, which is decided before anything renders.
 */
export async function sourceVersion(dirs: readonly string[], files: RegExp = /\.(?:ts|js|json)$/): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const names = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
    for (const name of names) {
      if (!files.test(name)) continue;
      hash.update(`${dir}/${name}\0`);
      hash.update(await readFile(join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
