/**
 * A content-addressed cache of per-file results, so a rebuild reads and renders only files that
 * changed. The key covers the file's bytes and path, the base path, and the code that reads files:
 * editing the pipeline invalidates everything, editing one summary invalidates one entry.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileResult } from './read-papers';

const PIPELINE_SOURCES = ['src/ingest', 'src/markdown', 'src/loader'];

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

export class FileResultCache {
  constructor(
    private readonly dir: string | undefined,
    private readonly version: string,
  ) {}

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
      return JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as FileResult;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: FileResult): Promise<void> {
    if (!this.dir) return;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(join(this.dir, `${key}.json`), JSON.stringify(value));
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }
}
