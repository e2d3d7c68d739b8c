import { describe, expect, it } from 'vitest';
import { ENTRIES_PER_SLICE, readState, readStateSteps } from '@/client/favourites/parse';
import { createFavouritesStore, type StorageEngine } from '@/client/favourites/store';
import { IMPORT_LIMITS, readImportFile } from '@/client/favourites/transfer';
import { mergeFavourites } from '@/client/favourites/merge';

const KEY = 'papershelf:favourites:v1';
const ids = (count: number) => Array.from({ length: count }, (_, i) => `2501.${String(i).padStart(5, '0')}`);
const file = (value: unknown) => new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);
const noPause = () => Promise.resolve();

/** Storage that holds values up to `room` characters, like a browser quota. */
function limitedStorage(room: number): StorageEngine & { value: () => string | null } {
  let stored: string | null = null;
  return {
    getItem: () => stored,
    setItem: (_key, value) => {
      if (value.length > room) throw new DOMException('full', 'QuotaExceededError');
      stored = value;
    },
    value: () => stored,
  };
}

describe('reading an import', () => {
  it('keeps entries with a date no Date can hold, and skips and counts entries without a paper id', () => {
    const { state, skipped } = readState(
      JSON.stringify([{ id: '2501.00001', addedAt: 1e308 }, { id: '??' }, 7, null, '2501.00002']),
      '2025-01-01T00:00:00.000Z',
    );
    expect(state.items.map((i) => [i.id, i.addedAt])).toEqual([
      ['2501.00001', '2025-01-01T00:00:00.000Z'],
      ['2501.00002', '2025-01-01T00:00:00.000Z'],
    ]);
    expect(skipped).toBe(3);
  });

  it('pauses every slice of entries, so the page can paint in between', () => {
    const steps = readStateSteps(JSON.stringify(ids(ENTRIES_PER_SLICE * 3)));
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(2);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = { size: IMPORT_LIMITS.bytes + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readImportFile(big, noPause)).toEqual({ ok: false, reason: 'too-large', bytes: IMPORT_LIMITS.bytes + 1 });
  });

  it('refuses a file with more entries than the limit before reading any entry', async () => {
    expect(await readImportFile(file(ids(IMPORT_LIMITS.entries + 1)), noPause)).toEqual({
      ok: false,
      reason: 'too-many',
      entries: IMPORT_LIMITS.entries + 1,
    });
  });

  it('says when no entry could be read, and when the file is not an export at all', async () => {
    expect(await readImportFile(file([{ id: '??' }, 3]), noPause)).toEqual({ ok: false, reason: 'unreadable-entries', skipped: 2 });
    expect(await readImportFile(file('{"hello": 1}'), noPause)).toEqual({ ok: false, reason: 'invalid', skipped: 0 });
    expect(await readImportFile(file('not json'), noPause)).toEqual({ ok: false, reason: 'invalid', skipped: 0 });
  });
});

describe('merging an import into a store with little room', () => {
  it('keeps the most that fits, says how many were stored and left, and stores exactly those', async () => {
    const engine = limitedStorage(4000);
    const store = createFavouritesStore({ key: KEY, engine });
    const read = await readImportFile(file(ids(100)), noPause);
    if (!read.ok) throw new Error('the import should read');
    const report = mergeFavourites(store, read.state);
    expect(report.problem).toBe('quota');
    expect(report.stored).toBeGreaterThan(0);
    expect(report.stored + report.left).toBe(100);
    expect(report.added).toHaveLength(report.stored);
    const saved = readState(engine.value()).state.items;
    expect(saved).toHaveLength(report.stored);
    expect(store.state.items).toHaveLength(report.stored);
    // One more would not have fitted.
    expect(JSON.stringify({ ...store.state, items: [...store.state.items, read.state.items[report.stored]!] }).length).toBeGreaterThan(
      4000,
    );
  });

  it('reports a whole import as stored when it fits', async () => {
    const store = createFavouritesStore({ key: KEY, engine: limitedStorage(1e7) });
    const read = await readImportFile(file(ids(10)), noPause);
    if (!read.ok) throw new Error('the import should read');
    expect(mergeFavourites(store, read.state)).toMatchObject({ stored: 10, left: 0, alreadyThere: 0 });
  });
});
