/**
 * Tells a file that is not text (an image, a PDF, an archive saved with a .md name) from a summary
 * before any repair runs, so it is reported as what it is rather than as "restored 2 LaTeX
 * commands" and an unknown format.
 */

const SIGNATURES: readonly (readonly [kind: string, bytes: readonly number[]])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a .docx/.xlsx/.epub document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['an old Word/Excel document (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** Bytes looked at: enough to see the file's nature, cheap on any size. */
const SAMPLE = 8192;
/** Share of NUL bytes, or of other control bytes, above which a file is data, not text. */
const MAX_NUL_SHARE = 0.01;
const MAX_CONTROL_SHARE = 0.1;

/** What the file seems to be when it is not text; undefined for text in any encoding we read. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [kind, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return kind;
  }
  // UTF-16 with a byte-order mark is text full of NUL bytes; the decoder reads it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.length === 0) return undefined;
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    // Tab, line ends, form feed and backspace are what eaten LaTeX escapes leave: text, not data.
    else if (byte < 0x20 && ![0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)) control++;
  }
  if (nul / sample.length > MAX_NUL_SHARE) return 'binary data (or UTF-16 text without a byte-order mark)';
  if (control / sample.length > MAX_CONTROL_SHARE) return 'binary data';
  return undefined;
}
