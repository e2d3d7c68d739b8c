// Windows-1254 (Turkish) byte table, shared by the mojibake repair and the damage simulator.

/** Characters of bytes 0x80–0x9F; '\0' marks a byte that cp1254 leaves undefined. */
const HIGH_CONTROLS = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0\0\0\0‘’“”•–—˜™š›œ\0\0Ÿ';
/** Where cp1254 differs from Latin-1 in 0xA0–0xFF. */
const TURKISH_LETTERS: Readonly<Record<number, string>> = {
  0xd0: 'Ğ',
  0xdd: 'İ',
  0xde: 'Ş',
  0xf0: 'ğ',
  0xfd: 'ı',
  0xfe: 'ş',
};

/**
 * Bytes that vanished when UTF-8 was read as cp1254: the five undefined ones had no character,
 * and 0xAD became an invisible soft hyphen that was stripped. All are UTF-8 continuation bytes,
 * so only the tails of multi-byte characters are ever lost.
 */
export const LOST_BYTES: readonly number[] = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad];

const byteToChar: string[] = [];
const charToByte = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) {
  let char = byte < 0x80 ? String.fromCharCode(byte) : '';
  if (byte >= 0x80 && byte < 0xa0) char = HIGH_CONTROLS[byte - 0x80] === '\0' ? '' : HIGH_CONTROLS[byte - 0x80]!;
  if (byte >= 0xa0) char = TURKISH_LETTERS[byte] ?? String.fromCharCode(byte);
  if (LOST_BYTES.includes(byte)) char = '';
  byteToChar.push(char);
  if (char) charToByte.set(char, byte);
}

/** The character cp1254 shows for a byte, or '' when that byte is lost in the damage. */
export function cp1254Char(byte: number): string {
  return byteToChar[byte] ?? '';
}

/** The byte a character came from, or undefined when the character is not in cp1254. */
export function cp1254Byte(char: string): number | undefined {
  return charToByte.get(char);
}
