/**
 * Per-paper results of build work, remembered between builds under each paper's digest: a build
 * after one edit cuts one paper's text into terms, not 14,000. One file per kind of work, in the
 * cache folder (loader/side-files.ts: termsDir), stamped with the version of the code that made it;
 * under other code nothing is reused. The file is written whole and renamed into place, so a stopped
 * build leaves the last one; it holds only this build's papers, so it never outgrows the archive.
 * It is in V8's own serialization (node:v8), not JSON: most terms are Chinese, and JSON costs a UTF-8
 * decode, a parse, a stringify and an encode of some 20 MB on every build (about 2-3 s at 14,000
 * papers against well under 1 s). A file another Node cannot read is a missing one: all is computed.
 * Runs on worker threads, so it imports only Node's own modules.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PaperDigest } from '../loader/entry-schema.ts';

/** Where a memo lives and the version of the code whose results it holds. */
export interface MemoPlace {
  file: string;
  version: string;
}

export class PaperMemo<T> {
  readonly #place: MemoPlace | undefined;
  readonly #last = new Map<string, T>();
  readonly #now = new Map<string, T>();
  /** How many results this build took from the last one. */
  reused = 0;

  /**
   * `place`: none keeps nothing between builds. `valid`: the shape a remembered result must have;
   * a result that fails it is computed again.
   */
  constructor(place: MemoPlace | undefined, valid: (value: unknown) => value is T) {
    this.#place = place;
    if (!place) return;
    let saved: unknown;
    try {
      saved = deserialize(readFileSync(place.file));
    } catch {
      return; // No memo yet, or a damaged one: everything is computed.
    }
    const { version, results } = (saved ?? {}) as { version?: unknown; results?: unknown };
    if (version !== place.version || !Array.isArray(results)) return;
    for (const entry of results as unknown[]) {
      if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && valid(entry[1])) this.#last.set(entry[0], entry[1]);
    }
  }

  /** The result for a paper of this `digest`: the last build's, else `compute()`'s. Without a digest, always computed. */
  get(digest: PaperDigest | undefined, compute: () => T): T {
    if (digest === undefined) return compute();
    const key = String(digest); // The memo file keeps strings.
    let value = this.#now.get(key);
    if (value !== undefined) return value;
    value = this.#last.get(key);
    if (value !== undefined) this.reused++;
    else value = compute();
    this.#now.set(key, value);
    return value;
  }

  /** Writes this build's results for the next one; a cache folder that cannot be written costs only the next build's time. */
  save(): void {
    if (!this.#place) return;
    const { file, version } = this.#place;
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, serialize({ version, results: [...this.#now] }));
      renameSync(temporary, file);
    } catch (error) {
      console.warn(
        `[build] could not keep ${file} for the next build (${error instanceof Error ? error.message : String(error)}); it will start over`,
      );
    }
  }
}
