import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FOLDER } from '@/client/favourites/model';
import { readState } from '@/client/favourites/parse';
import { createFavouritesStore, type SaveProblem, type StorageEngine } from '@/client/favourites/store';
import { mergeFavourites } from '@/client/favourites/merge';
import { exportJson } from '@/client/favourites/transfer';
import { fullStorage, memoryStorage, refusedStorage } from '../storage-engines';

const KEY = 'papershelf:favourites:v1';

const { storage, memory } = memoryStorage();

const paper = (id: string, extra = {}) => ({
  id,
  title: `Paper ${id}`,
  url: `/papers/${id}/`,
  authors: ['A. Author'],
  categories: ['cs.LG'],
  ...extra,
});

function makeStore(engine: StorageEngine | null = memory, problems: SaveProblem[] = []) {
  let tick = Date.parse('2025-01-01T00:00:00Z');
  return createFavouritesStore({
    key: KEY,
    engine: engine ?? undefined,
    now: () => new Date((tick += 1000)),
    onSaveProblem: (p) => problems.push(p),
  });
}

/** What another tab does: write the key and fire a storage event here. */
function otherTabWrites(store: ReturnType<typeof makeStore>, value: string | null) {
  if (value === null) delete storage[KEY];
  else storage[KEY] = value;
  store.handleStorageEvent({ key: KEY, newValue: value });
}

describe('favourites store', () => {
  it('toggles a paper on and off and saves under the one versioned key', () => {
    const store = makeStore();
    expect(store.toggle(paper('2404.01817'))).toBe(true);
    expect(store.has('2404.01817')).toBe(true);
    const saved = JSON.parse(storage[KEY]!);
    expect(saved.version).toBe(1);
    expect(saved.items[0]).toMatchObject({
      id: '2404.01817',
      title: 'Paper 2404.01817',
      url: '/papers/2404.01817/',
      folder: DEFAULT_FOLDER,
    });
    expect(saved.items[0].addedAt).toMatch(/^2025-01-01T/);
    expect(store.toggle(paper('2404.01817'))).toBe(false);
    expect(JSON.parse(storage[KEY]!).items).toEqual([]);
  });

  it('reads what an earlier page saved', () => {
    makeStore().add(paper('2404.01817', { published: '2024-04-02', arxivVersion: 2 }));
    const later = makeStore();
    expect(later.get('2404.01817')).toMatchObject({ published: '2024-04-02', arxivVersion: 2, authors: ['A. Author'] });
  });

  it('migrates the older bare-array shape with versioned ids and folder names', () => {
    storage[KEY] = JSON.stringify([
      { id: '2404.01817v1', title: 'One Step', url: '/papers/2404.01817/', timestamp: 1700000000000 },
      { arxivId: '2402.07781', title: 'Second', folder: 'To read', date: '2024-02-01' },
      '2406.08812',
    ]);
    const store = makeStore();
    expect(store.state.items.map((i) => [i.id, i.arxivVersion])).toEqual([
      ['2404.01817', 1],
      ['2402.07781', undefined],
      ['2406.08812', undefined],
    ]);
    expect(store.get('2404.01817')!.addedAt).toBe(new Date(1700000000000).toISOString());
    const folder = store.state.folders.find((f) => f.name === 'To read');
    expect(store.get('2402.07781')!.folder).toBe(folder!.id);
    expect(store.get('2406.08812')).toMatchObject({ title: '2406.08812', url: '/papers/2406.08812/' });
    store.add(paper('2501.00001'));
    expect(JSON.parse(storage[KEY]!)).toMatchObject({ version: 1, items: { length: 4 } });
  });

  it('keeps readable favourites when one entry is corrupt, and keeps the corrupt one aside', () => {
    storage[KEY] = JSON.stringify({ version: 1, folders: [], items: [{ id: '2404.01817', title: 'Good' }, { title: 'no id' }, 42, null] });
    const store = makeStore();
    expect(store.state.items.map((i) => i.id)).toEqual(['2404.01817']);
    expect(store.readProblems).toEqual(['entries']);
    store.add(paper('2402.07781'));
    const saved = JSON.parse(storage[KEY]!);
    expect(saved.items).toHaveLength(2);
    expect(saved.unreadable).toEqual(['{"title":"no id"}', '42', 'null']);
  });

  it('starts empty on garbage under the key without throwing, and keeps the garbage when it saves', () => {
    storage[KEY] = '{not json';
    const store = makeStore();
    expect(store.state.items).toEqual([]);
    expect(store.readProblems).toEqual(['corrupt']);
    store.add(paper('2404.01817'));
    expect(JSON.parse(storage[KEY]!).unreadable).toEqual(['{not json']);
  });

  it('treats foreign JSON and wrong shapes as no favourites', () => {
    for (const value of ['"text"', '42', 'null', '{"hello":"world"}', '{"items":{"0":1}}', 'true']) {
      storage[KEY] = value;
      expect(makeStore().state.items, value).toEqual([]);
    }
  });

  it('skips fields of the wrong type but keeps the entry', () => {
    storage[KEY] = JSON.stringify({
      version: 1,
      folders: [{ id: 'f-1', name: 7 }, 'x'],
      items: [
        { id: '2404.01817', title: ['x'], authors: 'Me', categories: [1, 'cs.AI'], published: 'yesterday', arxivVersion: -1, folder: {} },
      ],
    });
    const item = makeStore().get('2404.01817')!;
    expect(item).toMatchObject({ title: '2404.01817', authors: [], categories: ['cs.AI'], folder: DEFAULT_FOLDER });
    expect(item.published).toBeUndefined();
    expect(item.arxivVersion).toBeUndefined();
  });

  it('never uses an off-site or script URL from stored data as a link', () => {
    storage[KEY] = JSON.stringify([
      { id: '2404.01817', url: 'javascript:alert(1)' },
      { id: '2402.07781', url: '//evil.example/x' },
      { id: '2406.08812', url: 'https://evil.example/' },
    ]);
    expect(makeStore().state.items.map((i) => i.url)).toEqual(['/papers/2404.01817/', '/papers/2402.07781/', '/papers/2406.08812/']);
  });

  it('is not confused by __proto__ and constructor keys', () => {
    storage[KEY] =
      '{"__proto__":{"polluted":true},"version":1,"constructor":{"prototype":{"bad":1}},"folders":[{"id":"__proto__","name":"__proto__"}],' +
      '"items":[{"id":"__proto__","title":"x"},{"id":"2404.01817","__proto__":{"admin":true},"folder":"__proto__"}]}';
    const store = makeStore();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(store.state.items.map((i) => i.id)).toEqual(['2404.01817']);
    expect(store.state.folders.map((f) => f.name)).toEqual(['', '__proto__']);
    expect(store.get('2404.01817')!.folder).toBe('__proto__');
    store.deleteFolder('__proto__');
    expect(store.get('2404.01817')!.folder).toBe(DEFAULT_FOLDER);
  });

  it('keeps the change in memory and reports it when the quota is exceeded', () => {
    const problems: SaveProblem[] = [];
    const store = makeStore(fullStorage(memory), problems);
    expect(() => store.toggle(paper('2404.01817'))).not.toThrow();
    expect(store.has('2404.01817')).toBe(true);
    store.add(paper('2402.07781'));
    expect(store.state.items).toHaveLength(2);
    expect(problems).toEqual(['quota', 'quota']);
  });

  it('does not report a failed save the reader did not ask for (refreshing details on page load)', () => {
    storage[KEY] = JSON.stringify([{ id: 'a1', title: 'Old' }]);
    const problems: SaveProblem[] = [];
    const store = makeStore(fullStorage(memory), problems);
    store.refresh(paper('a1'));
    expect(store.get('a1')!.title).toBe('Paper a1');
    expect(problems).toEqual([]);
  });

  it('works in memory when storage is disabled, and says so when asked to save', () => {
    const problems: SaveProblem[] = [];
    const store = makeStore(refusedStorage, problems);
    store.add(paper('2404.01817'));
    expect(store.has('2404.01817')).toBe(true);
    expect(problems).toEqual(['unavailable']);
    const none = makeStore(null, problems);
    none.add(paper('2404.01817'));
    expect(problems).toEqual(['unavailable', 'unavailable']);
  });

  it('refuses to overwrite data saved by a newer version, but still shows it', () => {
    const newer = JSON.stringify({ version: 2, folders: [], items: [{ id: '2404.01817', title: 'From the future' }], extra: { x: 1 } });
    storage[KEY] = newer;
    const problems: SaveProblem[] = [];
    const store = makeStore(memory, problems);
    expect(store.get('2404.01817')!.title).toBe('From the future');
    store.add(paper('2402.07781'));
    expect(problems).toEqual(['newer']);
    expect(storage[KEY]).toBe(newer);
  });
});

describe('favourites store across tabs', () => {
  it('listens for other tabs', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const other = makeStore();
    other.add(paper('2404.01817'));
    otherTabWrites(store, storage[KEY]!);
    expect(store.has('2404.01817')).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    otherTabWrites(store, null);
    expect(store.state.items).toEqual([]);
  });

  it('ignores events for other keys', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.handleStorageEvent({ key: 'papershelf:theme', newValue: 'dark' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps a change another tab made before its event arrived', () => {
    const here = makeStore();
    const there = makeStore();
    here.add(paper('2404.01817'));
    there.add(paper('2402.07781'));
    here.add(paper('2406.08812'));
    expect(here.state.items.map((i) => i.id)).toEqual(['2404.01817', '2402.07781', '2406.08812']);
  });
});

describe('favourites removal and folders', () => {
  it('puts removed favourites back with their dates and folders on undo', () => {
    const store = makeStore();
    const folder = store.createFolder('To read')!;
    store.add(paper('2404.01817'), folder.id);
    const before = store.get('2404.01817');
    const removed = store.remove(['2404.01817']);
    expect(store.has('2404.01817')).toBe(false);
    store.restore(removed);
    expect(store.get('2404.01817')).toEqual(before);
  });

  it('clears everything and can undo it', () => {
    const store = makeStore();
    store.add(paper('a1'));
    store.add(paper('b2'));
    const removed = store.clear();
    expect(store.state.items).toEqual([]);
    store.restore(removed);
    expect(store.state.items.map((i) => i.id)).toEqual(['a1', 'b2']);
  });

  it('creates, renames, moves into and deletes folders without losing papers', () => {
    const store = makeStore();
    store.add(paper('a1'));
    const folder = store.createFolder('  Reading group  ')!;
    expect(folder.name).toBe('Reading group');
    expect(store.createFolder('Reading group')).toEqual(folder);
    expect(store.createFolder('   ')).toBeUndefined();
    store.move(['a1'], folder.id);
    expect(store.get('a1')!.folder).toBe(folder.id);
    store.renameFolder(folder.id, 'Group');
    expect(store.state.folders.find((f) => f.id === folder.id)!.name).toBe('Group');
    store.deleteFolder(folder.id);
    expect(store.state.folders.map((f) => f.id)).toEqual([DEFAULT_FOLDER]);
    expect(store.get('a1')!.folder).toBe(DEFAULT_FOLDER);
  });

  it('never deletes or renames the default folder', () => {
    const store = makeStore();
    store.deleteFolder(DEFAULT_FOLDER);
    store.renameFolder(DEFAULT_FOLDER, 'Mine');
    expect(store.state.folders).toEqual([{ id: DEFAULT_FOLDER, name: '' }]);
  });

  it('moves a paper to the default folder when asked for a folder that does not exist', () => {
    const store = makeStore();
    store.add(paper('a1'), 'f-nope');
    expect(store.get('a1')!.folder).toBe(DEFAULT_FOLDER);
  });

  it('refreshes details of a favourite from the site and keeps its date and folder', () => {
    const store = makeStore();
    const folder = store.createFolder('X')!;
    store.add({ id: 'a1', title: 'Old', url: '/papers/a1/' }, folder.id);
    const addedAt = store.get('a1')!.addedAt;
    store.refresh(paper('a1', { published: '2024-01-01' }));
    expect(store.get('a1')).toMatchObject({
      title: 'Paper a1',
      authors: ['A. Author'],
      published: '2024-01-01',
      folder: folder.id,
      addedAt,
    });
  });
});

describe('favourites export and import', () => {
  it('round-trips through the exported file', () => {
    const store = makeStore();
    const folder = store.createFolder('Group')!;
    store.add(paper('a1'), folder.id);
    store.add(paper('b2'));
    const file = exportJson(store.state, new Date('2025-02-02T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: 'papershelf-favourites', version: 1, exportedAt: '2025-02-02T00:00:00.000Z' });
    const { state } = readState(file);
    expect(state.items).toEqual(store.state.items);
    expect(state.folders).toEqual(store.state.folders);
  });

  it('merges an import without duplicates, matching folders by name, and says what it added', () => {
    const here = makeStore();
    here.add(paper('a1'));
    const mine = here.createFolder('Group')!;
    const incoming = readState(
      JSON.stringify({
        version: 1,
        folders: [
          { id: 'f-other', name: 'Group' },
          { id: 'f-new', name: 'New one' },
        ],
        items: [
          { id: 'a1', title: 'dup', folder: 'f-other' },
          { id: 'b2', title: 'B', folder: 'f-other' },
          { id: 'c3', title: 'C', folder: 'f-new' },
        ],
      }),
    ).state;
    const report = mergeFavourites(here, incoming);
    expect(report.added.map((i) => i.id)).toEqual(['b2', 'c3']);
    expect(report.alreadyThere).toBe(1);
    expect(report.foldersAdded).toBe(1);
    expect(here.get('a1')!.title).toBe('Paper a1');
    expect(here.get('b2')!.folder).toBe(mine.id);
    expect(here.state.folders.find((f) => f.id === here.get('c3')!.folder)!.name).toBe('New one');
    expect(mergeFavourites(here, incoming).added).toEqual([]);
  });
});
