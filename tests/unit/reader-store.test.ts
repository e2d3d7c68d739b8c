import { describe, expect, it } from 'vitest';
import type { SaveProblem } from '@/client/favourites/store';
import type { StorageEngine } from '@/client/safe-storage';
import { readReaderState } from '@/client/reader/parse';
import { mergeReader } from '@/client/reader/merge';
import { createReaderStore } from '@/client/reader/store';
import { beginVisit, isNewSince, localDay } from '@/client/reader/visit';
import { fullStorage, memoryStorage, refusedStorage } from '../storage-engines';

const KEY = 'papershelf:reader:v1';
const { storage, memory } = memoryStorage();

function makeStore(
  engine: StorageEngine | null = memory,
  problems: SaveProblem[] = [],
  clock = { time: Date.parse('2025-03-04T09:00:00Z') },
) {
  return createReaderStore({
    key: KEY,
    engine: engine ?? undefined,
    now: () => new Date(clock.time),
    onSaveProblem: (p) => problems.push(p),
  });
}

const stored = () => JSON.parse(storage[KEY]!) as Record<string, unknown>;

describe('reader store: read state', () => {
  it('marks papers read and unread and saves it', () => {
    const store = makeStore();
    store.markRead(['2404.01817', '2406.08812']);
    expect(store.isRead('2404.01817')).toBe(true);
    store.markRead(['2404.01817'], false);
    expect(store.isRead('2404.01817')).toBe(false);
    expect(store.isRead('2406.08812')).toBe(true);
    expect(makeStore().isRead('2406.08812')).toBe(true);
  });

  it('does not rewrite storage when nothing changes', () => {
    const store = makeStore();
    store.markRead(['a1']);
    storage[KEY] = 'sentinel-not-rewritten';
    store.markRead(['a1']);
    expect(storage[KEY]).toBe('sentinel-not-rewritten');
  });

  it('keeps a mark made in another tab meanwhile when it writes', () => {
    const first = makeStore();
    const second = makeStore();
    first.markRead(['p1']);
    second.markRead(['p2']);
    expect(makeStore().isRead('p1')).toBe(true);
    expect(makeStore().isRead('p2')).toBe(true);
  });

  it('listens for other tabs', () => {
    const store = makeStore();
    const heard: number[] = [];
    store.subscribe((state) => heard.push(state.read.length));
    const other = makeStore();
    other.markRead(['p9']);
    store.handleStorageEvent({ key: KEY, newValue: storage[KEY]! });
    expect(store.isRead('p9')).toBe(true);
    expect(heard).toEqual([1]);
    store.handleStorageEvent({ key: 'papershelf:theme', newValue: 'dark' });
    expect(heard).toEqual([1]);
  });

  it('treats ids such as constructor and __proto__ as text', () => {
    const store = makeStore();
    expect(store.isRead('constructor')).toBe(false);
    storage[KEY] = JSON.stringify({ version: 1, read: [{ id: '__proto__', at: '2025-01-01T00:00:00Z' }], notes: [] });
    const again = makeStore();
    expect(again.isRead('__proto__')).toBe(false);
    expect(again.state.unreadable?.[0]).toContain('__proto__');
  });
});

describe('reader store: notes', () => {
  it('keeps a note per paper, trims it and removes it when blank', () => {
    const store = makeStore();
    store.setNote('p1', '  read section 3 again  ');
    expect(store.note('p1')?.text).toBe('read section 3 again');
    store.setNote('p1', '   ');
    expect(store.note('p1')).toBeUndefined();
  });

  it('cuts a very long note so it cannot fill the storage', () => {
    const store = makeStore();
    store.setNote('p1', 'x'.repeat(20_000));
    expect(store.note('p1')!.text.length).toBe(5_000);
  });
});

describe('reader store: visits', () => {
  it('marks nothing new on a first visit, then what arrived after the previous visit day', () => {
    const clock = { time: Date.parse('2025-03-04T09:00:00Z') };
    expect(beginVisit(makeStore(memory, [], clock), new Date(clock.time))).toBeUndefined();
    clock.time += 10 * 60_000;
    expect(beginVisit(makeStore(memory, [], clock), new Date(clock.time))).toBeUndefined();
    clock.time += 2 * 24 * 3600_000;
    const since = beginVisit(makeStore(memory, [], clock), new Date(clock.time));
    expect(since).toBe('2025-03-04T09:10:00.000Z');
    expect(isNewSince('2025-03-05', since)).toBe(true);
    expect(isNewSince(localDay(since!), since)).toBe(false);
    expect(isNewSince(undefined, since)).toBe(false);
    // Later pages of the same visit keep the same boundary.
    clock.time += 5 * 60_000;
    expect(beginVisit(makeStore(memory, [], clock), new Date(clock.time))).toBe(since);
  });
});

describe('reader store: storage that misbehaves', () => {
  it('keeps an unreadable stored value verbatim and goes on working', () => {
    storage[KEY] = '{"version":1,"read":[{"id":"p1"';
    const store = makeStore();
    expect(store.readProblems).toEqual(['corrupt']);
    store.markRead(['p2']);
    expect(stored().unreadable).toEqual(['{"version":1,"read":[{"id":"p1"']);
    expect(store.isRead('p2')).toBe(true);
  });

  it('never writes over data from a newer version, and says so', () => {
    const newer = JSON.stringify({ version: 2, read: [{ id: 'p1', at: '2025-01-01T00:00:00Z' }], notes: [], extra: true });
    storage[KEY] = newer;
    const problems: SaveProblem[] = [];
    const store = makeStore(memory, problems);
    expect(store.isRead('p1')).toBe(true);
    store.markRead(['p2']);
    expect(storage[KEY]).toBe(newer);
    expect(problems).toEqual(['newer']);
    expect(store.isRead('p2')).toBe(true);
  });

  it('tells a full storage from a missing one and keeps the change in memory', () => {
    const problems: SaveProblem[] = [];
    const store = makeStore(fullStorage(), problems);
    store.markRead(['p1']);
    expect(store.isRead('p1')).toBe(true);
    makeStore(null, problems).setNote('p1', 'hi');
    expect(problems).toEqual(['quota', 'unavailable']);
  });

  it('does not report a failed save of the page’s own marks', () => {
    const problems: SaveProblem[] = [];
    makeStore(null, problems).markRead(['p1'], true, true);
    beginVisit(makeStore(null, problems));
    expect(problems).toEqual([]);
  });

  it('survives storage that throws on every read', () => {
    const store = makeStore(refusedStorage);
    expect(() => store.markRead(['p1'])).not.toThrow();
    expect(store.isRead('p1')).toBe(true);
  });
});

describe('reader store: merge', () => {
  it('adds read marks and newer notes from an import, keeps its own newer notes', () => {
    const store = makeStore();
    store.markRead(['p1']);
    store.setNote('p2', 'mine, newer');
    const report = mergeReader(store, {
      version: 1,
      read: [
        { id: 'p1', at: '2024-01-01T00:00:00Z' },
        { id: 'p3', at: '2024-01-01T00:00:00Z' },
      ],
      notes: [
        { id: 'p2', text: 'theirs, older', updatedAt: '2024-01-01T00:00:00Z' },
        { id: 'p4', text: 'theirs', updatedAt: '2024-01-01T00:00:00Z' },
      ],
    });
    expect(report).toEqual({ read: 1, notes: 1 });
    expect(store.isRead('p3')).toBe(true);
    expect(store.note('p2')?.text).toBe('mine, newer');
    expect(store.note('p4')?.text).toBe('theirs');
  });

  it('refuses a value that is not reader data', () => {
    expect(mergeReader(makeStore(), { hello: 'world' })).toBeUndefined();
    expect(mergeReader(makeStore(), 'nope')).toBeUndefined();
  });
});

describe('readReaderState', () => {
  it('reads nothing as an empty state without problems', () => {
    expect(readReaderState(null).problems).toEqual([]);
    expect(readReaderState('').state.read).toEqual([]);
  });

  it('keeps good entries and sets aside bad ones', () => {
    const { state, problems } = readReaderState(
      JSON.stringify({
        version: 1,
        read: [{ id: '2404.01817v2', at: '2025-01-01T00:00:00Z' }, { id: 'p1' }, 7],
        notes: [
          { id: 'p1', text: 'ok', updatedAt: '2025-01-01T00:00:00Z' },
          { id: 'p2', text: '' },
        ],
      }),
    );
    expect(state.read.map((m) => m.id)).toEqual(['2404.01817']);
    expect(state.notes.map((n) => n.id)).toEqual(['p1']);
    expect(problems).toEqual(['entries']);
    expect(state.unreadable).toHaveLength(3);
  });

  it('calls a foreign value foreign', () => {
    expect(readReaderState('[1,2,3]').problems).toEqual(['foreign']);
  });
});
