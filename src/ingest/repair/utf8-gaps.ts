// Reads UTF-8 bytes from which some continuation bytes were lost, listing what each character could have been.
import { LOST_BYTES } from './cp1254.ts';

/** One character of the damaged text: a single option when intact, several when bytes were lost. */
export type Slot = readonly string[];

/** Characters a decoded gap may not be: controls, unassigned, private use. */
const IMPLAUSIBLE = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u;
const optionsCache = new Map<string, Slot>();

/**
 * Splits damaged UTF-8 into one slot per original character, or returns null when the bytes
 * cannot come from byte loss alone (a stray continuation byte, too many continuation bytes,
 * a byte UTF-8 never uses), which means the text is not this kind of damage.
 */
export function readDamagedUtf8(bytes: Uint8Array): Slot[] | null {
  const slots: Slot[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      slots.push([String.fromCharCode(lead)]);
      i++;
      continue;
    }
    const wanted = continuationCount(lead);
    if (wanted === 0) return null;
    let end = i + 1;
    while (end < bytes.length && isContinuation(bytes[end]!)) end++;
    if (end - i - 1 > wanted) return null;
    const options = optionsFor(bytes.subarray(i, end), wanted);
    if (options.length === 0) return null;
    slots.push(options);
    i = end;
  }
  return slots;
}

/** Whether a line's slots hold any character with lost bytes. */
export function hasGaps(slots: readonly Slot[]): boolean {
  return slots.some((slot) => slot.length > 1);
}

function optionsFor(seen: Uint8Array, wanted: number): Slot {
  const key = String.fromCharCode(...seen);
  let options = optionsCache.get(key);
  if (!options) {
    options = enumerate(seen, wanted);
    optionsCache.set(key, options);
  }
  return options;
}

/** Every valid character made by inserting lost bytes among the seen continuation bytes. */
function enumerate(seen: Uint8Array, wanted: number): Slot {
  const lead = seen[0]!;
  const tail = [...seen.subarray(1)];
  const found = new Set<string>();
  const fill = (built: number[], next: number): void => {
    if (built.length === wanted) {
      if (next === tail.length) addIfValid(found, lead, built);
      return;
    }
    if (next < tail.length) fill([...built, tail[next]!], next + 1);
    if (wanted - built.length > tail.length - next) {
      for (const lost of LOST_BYTES) fill([...built, lost], next);
    }
  };
  fill([], 0);
  return [...found];
}

function addIfValid(found: Set<string>, lead: number, tail: number[]): void {
  const bytes = Uint8Array.from([lead, ...tail]);
  let char: string;
  try {
    char = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return; // overlong, surrogate or out of range
  }
  if (!IMPLAUSIBLE.test(char)) found.add(char);
}

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}
