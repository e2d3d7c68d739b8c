// What we know about summaries before reading any dictionary: common non-Han characters and the digest labels.

/**
 * Non-Han characters that summaries use, most frequent first. The jieba dictionary has no
 * punctuation or emoji, yet a lost byte often hides one (”, 、, 🎯, the emoji variation selector).
 */
import { DIGEST_CORE_LABELS, DIGEST_OPTIONAL_LABELS } from '../formats/digest-labels.ts';

const COMMON_SYMBOLS = [
  '，。、：；（）“”！？‘’—…《》「」～·％',
  '\uFE0F💡🎯📋📝🔬📊📄📥🔗🖼☆★✅✔❌⚠🚀',
  'éèáíóúüöäåçñøàâêëîïôûÉÁÍÓÚÖÜÅØ',
  '→←↑↓⇒≤≥≈≠×÷±°∈∑∏√∞∂∇',
  'αβγδεζηθικλμνξπρστυφχψωΔΘΛΣΦΨΩ',
].join('');

/** Headings and labels of the digest format, learned as phrases so they come back exactly. */
export const FORMAT_PHRASES: readonly string[] = [...DIGEST_CORE_LABELS, ...DIGEST_OPTIONAL_LABELS];

const symbolRank = new Map<string, number>();
for (const char of COMMON_SYMBOLS) if (!symbolRank.has(char)) symbolRank.set(char, symbolRank.size);

/**
 * A rough probability for a character the dictionary does not know, so that a lost byte is
 * read as a common symbol or letter rather than a rare one from the same byte pattern.
 */
export function symbolPrior(char: string): number {
  const rank = symbolRank.get(char);
  if (rank !== undefined) return 2e-3 / (1 + rank / 8);
  if (/[\p{Script=Latin}\p{Script=Greek}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) return 2e-6;
  if (/\p{Extended_Pictographic}/u.test(char)) return 1e-6;
  if (/[\p{P}\p{S}]/u.test(char)) return 3e-7;
  return 1e-8;
}
