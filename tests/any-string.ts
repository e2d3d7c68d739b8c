/**
 * Strings of any code points for property tests, lone surrogates included, as fast-check's
 * `unit: 'binary'` makes them. That unit builds a table of every code point on first use (about
 * 1.6 s of CPU, paid again in every test file), which left a 20 s test little room on a busy
 * machine; this one costs nothing to build, and it draws the characters that path and BibTeX code
 * treats specially far more often than a uniform draw over 1.1 million code points would.
 */
import fc from 'fast-check';

const SPECIAL = [
  ...'./\\%#?{}$&_~^"=,-',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\ud800', // a lone high surrogate
  '\udc00', // a lone low surrogate
  'e\u0301', // decomposed é, which NFC composes
  '\u212a', // KELVIN SIGN, which lower-cases to ASCII k
  'İ', // lower-cases to two code points
  '中',
  '😀',
];

const codePoint = (max: number) => fc.integer({ min: 0, max }).map((code) => String.fromCodePoint(code));

/** One code point (or a short special sequence): mostly ASCII and special characters, any code point at times. */
export const anyCharacter = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: codePoint(0x7f) },
  { weight: 1, arbitrary: codePoint(0xffff) },
  { weight: 1, arbitrary: codePoint(0x10ffff) },
);

export const anyString = (maxLength: number) => fc.string({ unit: anyCharacter, maxLength });
