import { describe, expect, it } from 'vitest';
import { readingListIds, readingListMeta, readingListUrl } from '@/client/favourites/reading-list';
import { bibtexEntry } from '@/shared/bibtex';

describe('reading-list links with a name and a note', () => {
  it('carry the name and note after the ids, and read them back as plain text', () => {
    const url = readingListUrl('/favourites/', ['2404.01817', '2406.08812'], { name: 'Diffusion club', note: 'Start with #1 & enjoy' });
    const hash = new URL(url, 'https://x.example').hash;
    expect(readingListIds(hash)).toEqual(['2404.01817', '2406.08812']);
    expect(readingListMeta(hash)).toEqual({ name: 'Diffusion club', note: 'Start with #1 & enjoy' });
  });

  it('leave out what is blank, so an old link and a new one look alike', () => {
    expect(readingListUrl('/f/', ['a1'], { name: '  ', note: '' })).toBe('/f/#ids=a1');
    expect(readingListMeta('#ids=a1')).toEqual({});
  });

  it('drop control characters, cut long values and survive damaged escapes', () => {
    expect(readingListMeta('#ids=a1&name=%E0%A4%A&note=a%0Ab')).toEqual({ name: '%E0%A4%A', note: 'a b' });
    expect(readingListMeta(`#ids=a1&name=${'x'.repeat(300)}`).name).toHaveLength(100);
  });
});

describe('BibTeX note field', () => {
  it('writes the reader’s note on one line, escaped', () => {
    const entry = bibtexEntry({ id: '2404.01817', title: 'T', authors: ['A B'], categories: ['cs.LG'], note: 'Read 50% of\n{it}' });
    expect(entry).toContain('note = {Read 50\\% of it}');
  });

  it('writes no note field without a note', () => {
    expect(bibtexEntry({ id: '2404.01817', title: 'T', authors: [], categories: [] })).not.toContain('note');
  });
});
