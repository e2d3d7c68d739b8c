/** Files in and out of the favourites page: JSON export and import, BibTeX export. */
import { bibtexFile } from '../../shared/bibtex';
import type { Favourite, FavouritesState } from './model';
import { readState } from './parse';
import { exportJson } from './store';

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

/** The `reader` part of an imported file (notes, read marks), or undefined when it has none. */
export function readReaderImport(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'reader' in value ? (value as { reader: unknown }).reader : undefined;
  } catch {
    return undefined;
  }
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

/** An imported file's favourites, or undefined when it holds none (not an export, or not JSON). */
export function readImport(text: string): FavouritesState | undefined {
  const { state, problems } = readState(text);
  if (problems.includes('corrupt') || problems.includes('foreign')) return undefined;
  return state.items.length > 0 || state.folders.length > 1 ? state : undefined;
}
