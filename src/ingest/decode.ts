// Bytes → text: byte-order marks, UTF-16, GB18030, and UTF-8 that went through Windows-1254.
// Line ends are left alone: a later stage reads a bare CR as an eaten "\r" in LaTeX first.
import { repairMojibake, type MojibakeOptions } from './repair/mojibake.ts';

export interface DecodeNote {
  severity: 'info' | 'warning';
  code: string;
  message: string;
  /** 1-based line the note is about, when it is about one. */
  line?: number;
}

export interface DecodedText {
  text: string;
  /** Repairs applied, e.g. "encoding:gb18030", "encoding:cp1254-mojibake". */
  repairs: string[];
  notes: DecodeNote[];
}

export type DecodeOptions = MojibakeOptions;

/** Share of two-byte characters that must fall in GB2312's Hanzi rows before a file is read as GB18030. */
const MIN_GB2312_SHARE = 0.8;

/** Decodes one source file. Never throws: doubtful guesses become notes. */
export async function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const result: DecodedText = { text: '', repairs: [], notes: [] };
  result.text = decodeCharset(bytes, result);
  const mojibake = await repairMojibake(result.text, options);
  if (mojibake) {
    result.text = mojibake.text;
    if (mojibake.repairedLines.length > 0) {
      result.repairs.push('encoding:cp1254-mojibake');
      result.notes.push({
        severity: 'info',
        code: 'encoding-repaired',
        message: `repaired ${mojibake.repairedLines.length} line(s) of UTF-8 that had been read as Windows-1254; ${mojibake.guessed} character(s) with lost bytes were inferred`,
        line: mojibake.repairedLines[0]! + 1,
      });
    }
    for (const index of mojibake.unrepairedLines) {
      result.notes.push({
        severity: 'warning',
        code: 'encoding-damaged',
        message: 'this line looks like UTF-8 read as Windows-1254 but could not be repaired with confidence',
        line: index + 1,
      });
    }
  }
  return result;
}

/** Turns CRLF and lone CR into LF. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeCharset(bytes: Uint8Array, result: DecodedText): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    result.notes.push({ severity: 'info', code: 'bom-removed', message: 'removed a UTF-8 byte-order mark' });
    return decodeUtf8(bytes.subarray(3), result);
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  if (utf16) {
    convertedFrom(utf16, result);
    return new TextDecoder(utf16).decode(bytes.subarray(2));
  }
  return decodeUtf8(bytes, result);
}

function decodeUtf8(bytes: Uint8Array, result: DecodedText): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Not UTF-8: a Chinese file saved as GB18030/GBK is the usual reason.
  }
  if (looksLikeGb2312Hanzi(bytes)) {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      convertedFrom('gb18030', result);
      return text;
    } catch {
      // Falls through to the lossy reading below.
    }
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  result.notes.push({
    severity: 'warning',
    code: 'invalid-utf8',
    message: 'the file is neither valid UTF-8 nor GB18030; unreadable bytes were replaced with U+FFFD',
    line,
  });
  return text;
}

/**
 * Whether the non-ASCII bytes pair up as GB2312 Hanzi (both bytes in 0xA1–0xFE). Latin-1 text
 * would also decode as GB18030, but its accented letters are followed by ASCII letters.
 */
function looksLikeGb2312Hanzi(bytes: Uint8Array): boolean {
  let pairs = 0;
  let hanzi = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    pairs++;
    if (bytes[i]! >= 0xa1 && bytes[i]! <= 0xf7 && bytes[i + 1]! >= 0xa1 && bytes[i + 1]! <= 0xfe) hanzi++;
    i++;
  }
  return pairs > 0 && hanzi / pairs >= MIN_GB2312_SHARE;
}

function convertedFrom(encoding: string, result: DecodedText): void {
  result.repairs.push(`encoding:${encoding}`);
  result.notes.push({ severity: 'info', code: 'encoding-converted', message: `read the file as ${encoding.toUpperCase()}` });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
