/** Merging the `reader` part of an imported file into the reader store (the favourites page only). */
import { readReaderValue } from './parse';
import type { ReaderStore } from './store';

export interface ReaderMergeReport {
  read: number;
  notes: number;
}

/** Adds read marks the store lacks, and notes it lacks or has older; undefined when `incoming` is not reader data. */
export function mergeReader(store: ReaderStore, incoming: unknown): ReaderMergeReport | undefined {
  const { state: other, problems } = readReaderValue(incoming);
  if (problems.includes('foreign')) return undefined;
  return store.change((draft) => {
    const report = { read: 0, notes: 0 };
    const have = new Set(draft.read.map((mark) => mark.id));
    for (const mark of other.read) {
      if (have.has(mark.id)) continue;
      draft.read.push(mark);
      report.read++;
    }
    for (const note of other.notes) {
      const index = draft.notes.findIndex((mine) => mine.id === note.id);
      const mine = draft.notes[index];
      if (mine && (mine.text === note.text || mine.updatedAt >= note.updatedAt)) continue;
      if (mine) draft.notes[index] = note;
      else draft.notes.push(note);
      report.notes++;
    }
    return report;
  });
}
