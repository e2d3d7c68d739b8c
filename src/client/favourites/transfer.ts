/** Files in and out of the favourites page: JSON export and import, BibTeX export. */
import { bibtexFile } from '../../shared/bibtex';
import { STORE_VERSION, type Favourite, type FavouritesState } from './model';
import { entryList, parseJson, readStateSteps } from './parse';

/** The file a reader downloads: the stored shape plus a marker that says what it is. */
export function exportJson(state: FavouritesState, exportedAt = new Date()): string {
  const { folders, items } = state;
  return JSON.stringify(
    { format: 'papershelf-favourites', version: STORE_VERSION, exportedAt: exportedAt.toISOString(), folders, items },
    null,
    2,
  );
}

export function download(filename: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The full export: favourites and folders as before, plus the reader's notes and read marks under
 * `reader` (an older import ignores the extra key; ../reader/store.ts merges it).
 */
export function downloadJson(state: FavouritesState, reader?: { read: unknown[]; notes: unknown[] }): void {
  let text = exportJson(state);
  if (reader) text = JSON.stringify({ ...JSON.parse(text), reader: { version: 1, read: reader.read, notes: reader.notes } }, null, 2);
  download(`papershelf-favourites-${today()}.json`, text, 'application/json');
}

/** The `reader` part of an imported file's value (notes, read marks), or undefined when it has none. */
function readerPart(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'reader' in value ? (value as { reader: unknown }).reader : undefined;
}

export function downloadBibtex(
  items: readonly Favourite[],
  name: string,
  noteOf: (id: string) => string | undefined = () => undefined,
): void {
  const papers = items.map((item) => ({ ...item, url: new URL(item.url, window.location.href).href, note: noteOf(item.id) }));
  const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'favourites';
  download(`papershelf-${slug}.bib`, bibtexFile(papers), 'application/x-bibtex');
}

/**
 * What an import reads at most, checked before the work that grows with it: the file's size before
 * it is read, the number of entries before any is looked at. An export of a full store (about 5 MB of
 * browser storage) stays well inside both.
 */
export const IMPORT_LIMITS = Object.freeze({ bytes: 8 * 1024 * 1024, entries: 20_000 });

/** What an import found; `reader` is the file's notes and read marks, when it has them (read with the rest, once). */
export type ImportRead =
  | { ok: true; state: FavouritesState; skipped: number; reader?: unknown }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'too-many'; entries: number }
  | { ok: false; reason: 'invalid' | 'unreadable-entries'; skipped: number; reader?: unknown };

/** Lets the page paint and take input between slices of a long read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads an imported file within IMPORT_LIMITS, in slices, and says what it found or why it stopped. */
export async function readImportFile(file: Blob, pause: () => Promise<void> = nextTask): Promise<ImportRead> {
  if (file.size > IMPORT_LIMITS.bytes) return { ok: false, reason: 'too-large', bytes: file.size };
  const text = await file.text().catch(() => '');
  const parsed = parseJson(text);
  const reader = parsed && readerPart(parsed.value);
  const withReader = <R extends object>(result: R): R & { reader?: unknown } => (reader === undefined ? result : { ...result, reader });
  const list = parsed && entryList(parsed.value);
  if (!parsed || !list) return withReader({ ok: false, reason: 'invalid', skipped: 0 });
  if (list.length > IMPORT_LIMITS.entries) return { ok: false, reason: 'too-many', entries: list.length };
  await pause();
  const steps = readStateSteps(text, new Date().toISOString(), parsed);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const { state, skipped } = step.value;
      if (state.items.length > 0 || state.folders.length > 1) return withReader({ ok: true, state, skipped });
      return withReader({ ok: false, reason: skipped > 0 ? 'unreadable-entries' : 'invalid', skipped });
    }
    await pause();
  }
}
