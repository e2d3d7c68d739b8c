// Finds lines of UTF-8 that were read as Windows-1254, without touching anything that is merely accented.
import { cp1254Byte, cp1254Char } from './cp1254.ts';
import { readDamagedUtf8, type Slot } from './utf8-gaps.ts';

/** A line that can be repaired, with one slot per original character. */
export interface DamagedLine {
  /** 0-based line index in the text split on LF. */
  index: number;
  slots: Slot[];
}

export interface MojibakeScan {
  damaged: DamagedLine[];
  /** Lines with the signature that byte loss alone cannot explain; left as they are. */
  unreadable: number[];
  /** Lines that are fine, whose Chinese can teach the model about the damaged ones. */
  clean: string[];
}

const charClass = (from: number, to: number): string => {
  let chars = '';
  for (let byte = from; byte <= to; byte++) {
    const char = cp1254Char(byte);
    if (char) chars += `\\u{${char.codePointAt(0)!.toString(16)}}`;
  }
  return `[${chars}]`;
};
const LEAD = charClass(0xc2, 0xf4);
const CONTINUATION = charClass(0x80, 0xbf);
/** A UTF-8 lead byte shown as a letter, then a continuation byte shown as a symbol: "Ã¤", "ï¼", "ğŸ". */
const PAIR = new RegExp(`${LEAD}${CONTINUATION}`, 'u');
const PAIRS = new RegExp(`${LEAD}${CONTINUATION}`, 'gu');
/** "Ã" or "Â" before a plain character: a two-byte letter whose second byte was lost. */
const LONE_LATIN_LEAD = new RegExp(`[ÂÃ](?!${CONTINUATION})`, 'u');
const STRONG_PAIR = new RegExp(`[ÂÃ]${CONTINUATION}`, 'gu');
/** Lead-looking letters followed by nothing that continues them, as in "café" or "Törnberg". */
const LONE_LEAD = new RegExp(`${LEAD}(?!${CONTINUATION})`, 'gu');
const MIN_PAIRS = 3;

/** Cheap first look: false means the text certainly has none of this damage. */
export function mayBeMojibake(text: string): boolean {
  return PAIR.test(text);
}

/** Returns the lines to repair, or null when the text as a whole does not look damaged. */
export function scanForMojibake(text: string): MojibakeScan | null {
  const scan: MojibakeScan = { damaged: [], unreadable: [], clean: [] };
  let pairs = 0;
  let strongPairs = 0;
  let loneLeads = 0;
  text.split('\n').forEach((line, index) => {
    const linePairs = count(line, PAIRS);
    if (linePairs === 0 && !LONE_LATIN_LEAD.test(line)) {
      if (/[\u0080-\u{10ffff}]/u.test(line)) scan.clean.push(line);
      return;
    }
    const slots = readAsDamaged(line);
    if (!slots) {
      if (linePairs >= 2) scan.unreadable.push(index);
      else scan.clean.push(line);
      return;
    }
    pairs += linePairs;
    strongPairs += count(line, STRONG_PAIR);
    loneLeads += count(line, LONE_LEAD);
    scan.damaged.push({ index, slots });
  });
  // Real damage leaves few lead letters without a continuation; French or Turkish text leaves many.
  const convincing = pairs > loneLeads && (pairs >= MIN_PAIRS || strongPairs === pairs);
  return convincing ? scan : null;
}

function readAsDamaged(line: string): Slot[] | null {
  const bytes: number[] = [];
  for (const char of line) {
    const byte = cp1254Byte(char);
    if (byte === undefined) return null; // a character cp1254 cannot show: this line was never through it
    bytes.push(byte);
  }
  return readDamagedUtf8(Uint8Array.from(bytes));
}

function count(line: string, pattern: RegExp): number {
  return line.match(pattern)?.length ?? 0;
}
