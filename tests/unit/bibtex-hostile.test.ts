import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexFile, paperBibtex, type BibtexPaper } from '@/shared/bibtex';
import { anyString } from '../any-string';

/**
 * Hostile values in every field, read back by a real BibTeX parser: a field must never end early,
 * add fields or lose the ones after it, and plain text must come back as it was written.
 */

const paper: BibtexPaper = {
  id: '2404.01817',
  title: 'A Plain Title',
  authors: ['Ada Lovelace', 'Alan Turing'],
  categories: ['cs.CR'],
  published: '2024-04-02',
};

const FIELDS = ['title', 'author', 'year', 'eprint', 'archivePrefix', 'primaryClass', 'url'];

/** Fields as the parser sees them, without interpreting TeX: what a field contains, byte for byte. */
function rawFields(text: string): { errors: unknown[]; entries: { key: string; fields: Record<string, unknown> }[] } {
  const library = parse(text, { raw: true });
  return { errors: library.errors, entries: library.entries.map((e) => ({ key: e.key, fields: e.fields as Record<string, unknown> })) };
}

/** Fields with TeX turned into text, as a reference manager imports them. */
function textFields(text: string): Record<string, unknown> {
  const library = parse(text, { english: false, caseProtection: false, sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries[0]!.fields as Record<string, unknown>;
}

const PLAIN_CHARS = [...'aZ9 中{}\\&%#_~^<>|@",=.$'];
const plain = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...PLAIN_CHARS), minLength: 1, maxLength }).filter((s) => /[^\s]/.test(s));

const HOSTILE = [
  'cs.CR}, note = {x',
  '}',
  '{',
  '}}}}',
  '{{{',
  '\\',
  '\\}',
  'x\\',
  '@misc{evil, title={x}}',
  '" # "',
  '%comment',
  '$a}$',
  '$\\}$ and $\\{$',
  'a\u0000b\u0001c\u001fd',
  '~^&%#_$',
  '\\end{document}',
];

describe('BibTeX output under hostile values', () => {
  for (const value of HOSTILE) {
    it(`keeps every field whole when a title, author and category are ${JSON.stringify(value)}`, () => {
      const text = bibtexEntry({ ...paper, title: value, authors: [value, 'Alan Turing'], categories: [value] });
      const { errors, entries } = rawFields(text);
      expect(errors).toEqual([]);
      expect(entries).toHaveLength(1);
      expect(Object.keys(entries[0]!.fields).sort()).toEqual([...FIELDS].map((f) => f.toLowerCase()).sort());
      expect(entries[0]!.fields.eprint).toBe('2404.01817');
      expect(entries[0]!.fields.year).toBe('2024');
    });
  }

  it('brings plain-text titles, authors and categories back as written', () => {
    fc.assert(
      fc.property(
        // TeX's own ligatures (-- to a dash, `` to a quote) are TeX meaning, not escaping; left out here.
        plain(40).filter((s) => !s.includes('$')),
        plain(30),
        plain(20),
        (title, author, category) => {
          const text = bibtexEntry({ ...paper, title, authors: [author], categories: [category] });
          const { errors, entries } = rawFields(text);
          expect(errors).toEqual([]);
          expect(Object.keys(entries[0]!.fields).length).toBe(FIELDS.length);
          const fields = textFields(text);
          const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
          expect(squash(String(fields.title))).toBe(squash(title));
          expect(squash(String(fields.primaryclass))).toBe(squash(category));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('keeps any string in any field from ending the field or the entry', () => {
    fc.assert(
      fc.property(anyString(60), anyString(60), (a, b) => {
        const text = bibtexFile([
          { ...paper, title: a, authors: [b, a], categories: [b] },
          { ...paper, id: 'hand-written', title: b, authors: [a], categories: [], url: `https://example.org/${a}` },
        ]);
        const { errors, entries } = rawFields(text);
        expect(errors).toEqual([]);
        expect(entries).toHaveLength(2);
        expect(entries[0]!.fields.eprint).toBe('2404.01817');
        expect(entries[1]!.fields.url).toMatch(/^https:\/\/example\.org\//);
      }),
      // The parser takes a few milliseconds per entry; a hundred random pairs cover the classes above.
      { numRuns: 100 },
    );
  }, 60_000);

  it('writes an imported favourite with hostile fields and a bad date as one whole entry', () => {
    const text = bibtexFile([{ id: 'x', title: 'T}', authors: ['}'], categories: ['}'], published: '20}x', url: 'https://e.org/a}b{c d' }]);
    const { errors, entries } = rawFields(text);
    expect(errors).toEqual([]);
    expect(String(entries[0]!.fields.url).trim()).toBe('https://e.org/a%7Db%7Bc%20d');
    expect(entries[0]!.fields.year).toBeUndefined();
    expect(entries[0]!.key).toMatch(/^[a-z0-9]+$/);
  });

  it('keeps the braces of a formula that are balanced, and the formula', () => {
    const text = paperBibtex({ ...paper, title: 'Bounds for $\\frac{1}{2}$ and $\\{x\\}$' }, { origin: undefined, base: '/' });
    expect(text).toContain('{$\\frac{1}{2}$}');
    expect(text).toContain('{$\\{x\\}$}');
  });
});
