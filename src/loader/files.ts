/** Finds the summary files under PAPERS_DIR, at any depth, in a stable order. */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../ingest/index.ts';

/** Notes for people (README.md) live beside the papers and are not papers. */
const IGNORED_NAMES = /^(readme|license|changelog)(\.[a-z]+)?$/i;

export interface SummaryFile {
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to PAPERS_DIR with `/` separators. */
  path: string;
}

export function isSummaryFile(name: string): boolean {
  return (
    (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !IGNORED_NAMES.test(name) && !name.startsWith('.')
  );
}

export async function listSummaryFiles(dir: string): Promise<SummaryFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isSummaryFile(entry.name))
    .map((entry) => {
      const absolutePath = join(entry.parentPath, entry.name);
      return { absolutePath, path: relative(dir, absolutePath).split(sep).join('/') };
    })
    .filter((file) => !file.path.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
