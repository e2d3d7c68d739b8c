import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_BYTES, pathSegment, toPathSegment } from '@/shared/path-segment';
import { anyString } from '../any-string';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** What every segment must be, whatever came in. */
function expectSafe(segment: string): void {
  expect(segment).not.toBe('');
  expect(segment).not.toMatch(/^\.|\.$/);
  // eslint-disable-next-line no-control-regex
  expect(segment).not.toMatch(/[\u0000-\u001f\u007f-\u009f/\\?#%\s]/);
  expect(segment).not.toMatch(/\.(html?|bib|json|xml)$/);
  expect(segment).toBe(segment.toLowerCase());
  expect(segment).toBe(segment.normalize('NFC'));
  expect(segment.isWellFormed()).toBe(true);
  expect(bytes(segment)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
}

describe('toPathSegment', () => {
  it('keeps ordinary values readable and unchanged', () => {
    for (const [value, segment] of [
      ['cs.CR', 'cs.cr'],
      ['2401.01234', '2401.01234'],
      ['扩散模型', '扩散模型'],
      ['Large Language Models', 'large-language-models'],
      ['a/b', 'a-b'],
      ['2025-01', '2025-01'],
    ] as const) {
      expect(toPathSegment(value)).toEqual({ segment, changes: [] });
    }
  });

  it('never yields . or .., and says why it changed them', () => {
    for (const value of ['.', '..', '../../..', '...', ' .. ']) {
      const { segment, changes } = toPathSegment(value);
      expectSafe(segment);
      expect(changes).toContain('dots');
    }
    expect(pathSegment('..')).not.toBe(pathSegment('.'));
  });

  it('keeps names of files the site writes out of folder names', () => {
    for (const value of ['index.html', 'INDEX.HTML', '2501.10001.bib', 'ids.json', 'rss.xml', 'con', 'NUL.txt']) {
      const { segment, changes } = toPathSegment(value);
      expectSafe(segment);
      expect(changes).toContain('reserved-name');
    }
    expect(pathSegment('2501.10001.bib')).not.toBe(`${pathSegment('2501.10001')}.bib`);
  });

  it('removes control characters and NUL, and keeps values that differ only there apart', () => {
    const { segment, changes } = toPathSegment('cs\u0000CR');
    expectSafe(segment);
    expect(changes).toEqual(['control-characters']);
    expect(pathSegment('cs\u0000CR')).not.toBe(pathSegment('cs\u0001CR'));
  });

  it('bounds long values in UTF-8 bytes and keeps two long values with one prefix apart', () => {
    const long = 'a'.repeat(300);
    expectSafe(pathSegment(long));
    expect(toPathSegment(long).changes).toEqual(['too-long']);
    expect(pathSegment(`${long}x`)).not.toBe(pathSegment(`${long}y`));
    const chinese = '类'.repeat(100);
    expectSafe(pathSegment(chinese));
    expect(pathSegment(chinese).startsWith('类'.repeat(30))).toBe(true);
  });

  it('replaces lone surrogates, so the segment is valid UTF-8', () => {
    const { segment, changes } = toPathSegment('bad\ud800name');
    expectSafe(segment);
    expect(changes).toContain('invalid-unicode');
  });

  it('folds case and Unicode normalisation, as case-insensitive and normalising file systems do', () => {
    expect(pathSegment('Transformer')).toBe(pathSegment('transformer'));
    expect(pathSegment('Cafe\u0301')).toBe(pathSegment('Caf\u00e9'));
  });

  it('gives an empty value a segment of its own', () => {
    expectSafe(pathSegment(''));
    expect(toPathSegment('///').changes).toContain('empty');
  });

  it('is safe, bounded and idempotent for any string', () => {
    fc.assert(
      fc.property(anyString(400), (value) => {
        const segment = pathSegment(value);
        expectSafe(segment);
        expect(pathSegment(segment)).toBe(segment);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives values that lose characters distinct segments (hash of the whole value)', () => {
    fc.assert(
      fc.property(anyString(40), anyString(40), (a, b) => {
        const x = toPathSegment(a);
        const y = toPathSegment(b);
        // Values that needed no more than folding may share a page on purpose ("Transformer", "transformer").
        if (a !== b && (x.changes.length > 0 || y.changes.length > 0)) expect(x.segment).not.toBe(y.segment);
      }),
      { numRuns: 1000 },
    );
  });
});
