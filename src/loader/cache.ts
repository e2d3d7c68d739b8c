/**
 * A content-addressed cache of per-file results, so a rebuild reads and renders only files that
 * changed. The key covers the file's bytes and path, the base path, and the code that reads files:
 * editing the pipeline invalidates everything, editing one summary invalidates one entry. Entries
 * are in V8's serialization (node:v8), as a worker thread hands a fresh result over: every rebuild
 * reads one per file, and their mostly Chinese text reads about twice as fast that way as from JSON.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileResult } from './read-one.ts';

// src/shared: the Markdown pipeline resolves links with src/shared/paths.ts; ids with paper-id.ts.
const PIPELINE_SOURCES = ['src/ingest', 'src/markdown', 'src/loader', 'src/shared'];

/** Hash of the pipeline's own source code, so a code change invalidates cached results. */
export async function pipelineVersion(root: string): Promise<string> {
  const hash = createHash('sha1');
  for (const dir of PIPELINE_SOURCES) {
    const names = (await readdir(join(root, dir), { recursive: true }).catch(() => [] as string[])).sort();
    for (const name of names) {
      if (!name.endsWith('.ts')) continue;
      hash.update(name);
      hash.update(await readFile(join(root, dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** An entry's file name is its key and this. */
const ENTRY = '.v8';

export class FileResultCache {
  private readonly dir: string | undefined;
  private readonly version: string;

  constructor(dir: string | undefined, version: string) {
    this.dir = dir;
    this.version = version;
  }

  keyFor(path: string, bytes: Uint8Array, base: string): string {
    return createHash('sha1')
      .update(this.version)
      .update('\0')
      .update(base)
      .update('\0')
      .update(path)
      .update('\0')
      .update(bytes)
      .digest('hex');
  }

  async get(key: string): Promise<FileResult | undefined> {
    if (!this.dir) return undefined;
    try {
      return deserialize(await readFile(join(this.dir, `${key}${ENTRY}`))) as FileResult;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: FileResult): Promise<void> {
    if (!this.dir) return;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(join(this.dir, `${key}${ENTRY}`), serialize(value));
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  /**
   * Deletes entries this read did not use, so the cache keeps one entry per file, not every version of
   * it; and entries of an older format (`.json`).
   */
  async prune(used: ReadonlySet<string>): Promise<number> {
    if (!this.dir) return 0;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale = names.filter((name) => name.endsWith('.json') || (name.endsWith(ENTRY) && !used.has(name.slice(0, -ENTRY.length))));
    await Promise.all(stale.map((name) => unlink(join(this.dir!, name)).catch(() => undefined)));
    return stale.length;
  }
}
