/**
 * Compact text encodings of the search index, shared by the builder and the browser.
 * A postings list is a string of numbers, each written in base 32 with JSON-safe characters:
 * the first 32 characters of the alphabet end a number, the other 32 continue it. Lists hold
 * pairs (gap to the previous paper number, field mask); most gaps and masks take one character.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeNumber(value: number): string {
  let out = ALPHABET[value & 31]!;
  value = Math.floor(value / 32);
  while (value > 0) {
    out = ALPHABET[32 + (value & 31)]! + out;
    value = Math.floor(value / 32);
  }
  return out;
}

export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = VALUE[text.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`bad character in search index: ${text[i]}`);
    if (digit >= 32) value = value * 32 + (digit - 32);
    else {
      numbers.push(value * 32 + digit);
      value = 0;
    }
  }
  return numbers;
}

/**
 * Postings: ascending paper numbers with a field mask each. Joined, not concatenated: `+=` would keep
 * each list as a chain of two-character pieces (a rope) until it is read, and a build holds
 * millions of lists at once.
 */
export function encodePostings(docs: ArrayLike<number>, masks: ArrayLike<number>): string {
  const parts = new Array<string>(docs.length * 2);
  let previous = -1;
  for (let i = 0; i < docs.length; i++) {
    parts[2 * i] = encodeNumber(docs[i]! - previous - 1);
    parts[2 * i + 1] = encodeNumber(masks[i]!);
    previous = docs[i]!;
  }
  return parts.join('');
}

export function decodePostings(text: string): { docs: Uint32Array; masks: Uint16Array } {
  const numbers = decodeNumbers(text);
  const docs = new Uint32Array(numbers.length / 2);
  const masks = new Uint16Array(numbers.length / 2);
  let previous = -1;
  for (let i = 0; i < docs.length; i++) {
    previous += numbers[2 * i]! + 1;
    docs[i] = previous;
    masks[i] = numbers[2 * i + 1]!;
  }
  return { docs, masks };
}

/** A plain ascending list of paper numbers (for filters), gaps only. */
export function encodeDocList(docs: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const doc of docs) {
    out += encodeNumber(doc - previous - 1);
    previous = doc;
  }
  return out;
}

export function decodeDocList(text: string): number[] {
  let previous = -1;
  return decodeNumbers(text).map((gap) => (previous += gap + 1));
}
