// What we know about summaries before reading any dictionary: common non-Han characters and the digest labels.

/**
 * Non-Han characters that summaries use, most frequent first. The jieba dictionary has no
 * punctuation or emoji, yet a lost byte often hides one (”, 、, 🎯, the emoji variation selector).
 */
const COMMON_SYMBOLS = [
  '，。、：；（）“”！？‘’—…《》「」～·％',
  '\uFE0F💡🎯📋📝🔬📊📄📥🔗🖼☆★✅✔❌⚠🚀',
  'éèáíóúüöäåçñøàâêëîïôûÉÁÍÓÚÖÜÅØ',
  '→←↑↓⇒≤≥≈≠×÷±°∈∑∏√∞∂∇',
  'αβγδεζηθικλμνξπρστυφχψωΔΘΛΣΦΨΩ',
].join('');

/** Headings and labels of the digest format, learned as phrases so they come back exactly. */
export const FORMAT_PHRASES: readonly string[] = [
  '**作者**',
  '**分类**',
  '**发布日期**',
  '**备注**',
  '(更新:',
  '**🔗 代码/项目**',
  '## 💡 一句话要点',
  '🎯 **匹配领域**',
  '**关键词**',
  '## 📋 核心要点',
  '## 📝 摘要（中文）',
  '## 🔬 方法详解',
  '**问题定义**：',
  '**核心思路**：',
  '**技术框架**：',
  '**关键创新**：',
  '**关键设计**：',
  '## 📊 实验亮点',
  '## 🎯 应用场景',
  '## 📄 摘要（原文）',
  '## 🖼️ 关键图片',
  '☆ 收藏',
  '🔗 分享',
  '📄 arXiv',
  '📥 PDF',
  '添加到收藏夹',
  // The digest's research pillars are numbered in Chinese numerals: "支柱九：".
  ...[...'一二三四五六七八九十'].map((numeral) => `支柱${numeral}：`),
];

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
