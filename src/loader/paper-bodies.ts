/**
 * The long HTML of each paper (both abstracts and every section), one JSON file per paper in
 * Astro's cache folder, written by the loader and read by the paper's own page. Keeping it out of
 * the content collection keeps Astro's data store, which is bundled and held in memory for every
 * page, to what listings need (see entry-schema.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BODY_FIELDS, type PaperBody, type PaperEntryData } from './entry-schema.ts';
import type { RenderedPaper } from './read-one.ts';
import { writeFiles } from './write-files.ts';
import { pathSegment } from '../shared/path-segment.ts';

export function paperBodiesDir(cacheDir: string): string {
  return join(cacheDir, 'papershelf-bodies');
}

const nameOf = (id: string) => `${pathSegment(id)}.json`;
const fileOf = (dir: string, id: string) => join(dir, nameOf(id));

/** A paper as the collection keeps it, and the body kept beside it. */
export function splitPaper(paper: RenderedPaper): { entry: PaperEntryData; body: PaperBody } {
  const { html, sections } = paper;
  const body: PaperBody = {};
  for (const field of BODY_FIELDS) if (html[field] !== undefined) body[field] = html[field];
  const entry: PaperEntryData = {
    ...paper,
    sections: { figures: sections.figures },
    html: { title: html.title, takeaway: html.takeaway, keyPoints: html.keyPoints },
  };
  return { entry, body };
}

export function hasPaperBody(dir: string, id: string): boolean {
  return existsSync(fileOf(dir, id));
}

export async function writePaperBodies(dir: string, bodies: readonly { id: string; body: PaperBody }[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFiles(bodies.map(({ id, body }) => [fileOf(dir, id), JSON.stringify(body)] as const));
}

export async function readPaperBody(dir: string, id: string): Promise<PaperBody> {
  try {
    return JSON.parse(await readFile(fileOf(dir, id), 'utf8')) as PaperBody;
  } catch (error) {
    throw new Error(`The text of paper ${id} is missing from ${dir}. Build again: the paper loader writes it.`, { cause: error });
  }
}

/** Deletes the bodies of papers that are no longer in the collection. */
export async function prunePaperBodies(dir: string, ids: ReadonlySet<string>): Promise<void> {
  const keep = new Set([...ids].map(nameOf));
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => !keep.has(name)).map((name) => unlink(join(dir, name)).catch(() => undefined)));
}
