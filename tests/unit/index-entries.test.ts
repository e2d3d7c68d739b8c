import { describe, expect, it } from 'vitest';
import { INDEX_ENTRIES, indexEntries } from '@/lib/index-entries';

describe('indexEntries', () => {
  it('lists every value of a small facet', () => {
    expect(indexEntries(['a', 'b', 'c'], 3)).toEqual({ shown: ['a', 'b', 'c'], left: 0 });
  });

  it('lists the first (largest) values of a large one and counts the rest', () => {
    const groups = Array.from({ length: INDEX_ENTRIES + 25 }, (_, i) => i);
    const { shown, left } = indexEntries(groups);
    expect(shown).toHaveLength(INDEX_ENTRIES);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(INDEX_ENTRIES - 1);
    expect(left).toBe(25);
  });
});
