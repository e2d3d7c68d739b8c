import { describe, expect, it } from 'vitest';
import { authorList } from '../../src/shared/author-list';

describe('authorList', () => {
  it('names every author of a short list', () => {
    expect(authorList(['A', 'B', 'C'])).toEqual({ names: 'A, B, C', total: undefined });
    expect(authorList(['A', 'B', 'C', 'D'])).toEqual({ names: 'A, B, C, D', total: undefined });
  });

  it('names the first three of a long list and counts them all', () => {
    expect(authorList(['A', 'B', 'C', 'D', 'E'])).toEqual({ names: 'A, B, C', total: 5 });
  });

  it('has nothing to show without authors', () => {
    expect(authorList([])).toBeUndefined();
  });
});
