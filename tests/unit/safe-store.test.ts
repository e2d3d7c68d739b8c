import { describe, expect, it } from 'vitest';
import { createSafeStore, type SaveProblem } from '@/client/safe-store';
import type { StorageEngine } from '@/client/safe-storage';
import { fullStorage, memoryStorage } from '../storage-engines';

/** A tiny versioned state of our own: a list of words, as a store of any kind would keep it. */
interface Words {
  version: number;
  words: string[];
}
type Problem = 'corrupt' | 'newer';

const KEY = 'test:words';
const { storage, memory } = memoryStorage();

function read(raw: string | null | undefined): { state: Words; problems: Problem[] } {
  if (!raw) return { state: { version: 1, words: [] }, problems: [] };
  try {
    const value = JSON.parse(raw) as Words;
    if (value.version > 1) return { state: { version: 1, words: [] }, problems: ['newer'] };
    return { state: value, problems: [] };
  } catch {
    return { state: { version: 1, words: [] }, problems: ['corrupt'] };
  }
}

function makeStore(engine: StorageEngine | null = memory, problems: SaveProblem[] = []) {
  return createSafeStore<Words, Problem>({ key: KEY, engine: engine ?? undefined, read, onSaveProblem: (p) => problems.push(p) });
}

const add = (word: string) => (draft: Words) => {
  draft.words.push(word);
};

describe('safe store', () => {
  it('saves a change and tells its listeners', () => {
    const store = makeStore();
    const heard: string[][] = [];
    store.subscribe((state) => heard.push(state.words));
    store.update(add('one'));
    expect(JSON.parse(storage[KEY]!)).toEqual({ version: 1, words: ['one'] });
    expect(heard).toEqual([['one']]);
  });

  it("re-reads the stored value before a change, so another tab's change is kept", () => {
    const store = makeStore();
    store.update(add('mine'));
    storage[KEY] = JSON.stringify({ version: 1, words: ['mine', 'theirs'] });
    store.update(add('more'));
    expect(store.state.words).toEqual(['mine', 'theirs', 'more']);
  });

  it('never writes over data of a newer version, and says so unless the change is quiet', () => {
    const newer = JSON.stringify({ version: 2, words: ['future'] });
    storage[KEY] = newer;
    const problems: SaveProblem[] = [];
    const store = makeStore(memory, problems);
    expect(store.readProblems).toEqual(['newer']);
    store.update(add('now'));
    store.update(add('quietly'), true);
    expect(storage[KEY]).toBe(newer);
    expect(problems).toEqual(['newer']);
    expect(store.state.words).toEqual(['now', 'quietly']);
  });

  it('keeps a change in memory when storage is full, and builds on it', () => {
    const problems: SaveProblem[] = [];
    const store = makeStore(fullStorage(), problems);
    store.update(add('a'));
    store.update(add('b'));
    expect(store.unsaved).toBe(true);
    expect(store.state.words).toEqual(['a', 'b']);
    expect(problems).toEqual(['quota', 'quota']);
  });

  it('works in memory without storage, reporting it unavailable', () => {
    const problems: SaveProblem[] = [];
    const store = makeStore(null, problems);
    store.update(add('a'));
    expect(store.state.words).toEqual(['a']);
    expect(problems).toEqual(['unavailable']);
  });

  it('listens for other tabs: takes the new value, ignores other keys and its own writes', () => {
    const store = makeStore();
    let heard = 0;
    store.subscribe(() => heard++);
    store.update(add('a'));
    store.handleStorageEvent({ key: KEY, newValue: storage[KEY]! });
    store.handleStorageEvent({ key: 'other', newValue: '{}' });
    expect(heard).toBe(1);
    store.handleStorageEvent({ key: KEY, newValue: JSON.stringify({ version: 1, words: ['elsewhere'] }) });
    expect(store.state.words).toEqual(['elsewhere']);
    expect(heard).toBe(2);
  });

  it('lets a change choose what to save: refresh, try a write, then settle', () => {
    const store = makeStore();
    const base = store.refresh();
    expect(store.tryWrite({ ...base, words: ['tried'] })).toBeUndefined();
    store.settle({ ...base, words: ['tried'] }, true);
    expect(store.state.words).toEqual(['tried']);
    expect(store.unsaved).toBe(false);
  });
});
