import { describe, expect, it } from 'vitest';
import { authorKey, authorSlug, groupByAuthor } from '../../src/lib/authors';

describe('authorKey', () => {
  it('matches one author written with and without accents, in any case and spacing', () => {
    expect(authorKey('José  García')).toBe(authorKey('Jose Garcia'));
    expect(authorKey('YANN LECUN')).toBe(authorKey('Yann LeCun'));
    expect(authorKey('Ｍａｒｉａ Ｌｏｐｅｚ')).toBe(authorKey('Maria Lopez'));
  });

  it('reads the bibliographic "Last, First" order', () => {
    expect(authorKey('García, José')).toBe(authorKey('José García'));
    // A suffix after the comma is not a given name.
    expect(authorKey('Martin Luther King, Jr.')).not.toBe(authorKey('Jr. Martin Luther King'));
  });

  it('treats initials with and without dots alike, and keeps different initials apart', () => {
    expect(authorKey('K. He')).toBe(authorKey('K He'));
    expect(authorKey('K. He')).not.toBe(authorKey('Kaiming He'));
  });

  it('keeps Chinese names whole', () => {
    expect(authorKey('何恺明')).toBe('何恺明');
    expect(authorSlug('何恺明')).toBe('何恺明');
  });
});

describe('authorSlug', () => {
  it('is one safe path segment', () => {
    expect(authorSlug('A. B. de la Cruz / Team #1?')).toBe('a-b-de-la-cruz-team-1');
    expect(authorSlug('../..')).not.toContain('/');
    expect(authorSlug('x'.repeat(300)).length).toBeLessThanOrEqual(80);
  });
});

describe('groupByAuthor', () => {
  const papers = [
    { id: 'c', authors: ['José García', 'Li Wei'] },
    { id: 'b', authors: ['Jose Garcia'] },
    { id: 'a', authors: ['Li Wei', 'Li Wei', 'Ann Lee'] },
  ];
  const groups = groupByAuthor(papers, (p) => p.authors);

  it('groups the spellings of one author, most papers first, each paper once', () => {
    expect(groups.map((g) => [g.label, g.papers.map((p) => p.id)])).toEqual([
      ['José García', ['c', 'b']],
      ['Li Wei', ['c', 'a']],
      ['Ann Lee', ['a']],
    ]);
  });
});

describe('authorSlug with hostile names', () => {
  it('drops control characters, NUL included', () => {
    expect(authorSlug('Mallory\u0000\u0002 Null')).toBe('mallory-null');
  });
});
