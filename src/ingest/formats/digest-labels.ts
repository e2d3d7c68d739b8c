/** The headings and labels of the digest format, in one place: for the encoding repair's prior and its checks. */

/** Labels every full toolbar digest carries (seed 000 has each of them). */
export const DIGEST_CORE_LABELS: readonly string[] = [
  '**作者**',
  '**分类**',
  '**发布日期**',
  '## 💡 一句话要点',
  '🎯 **匹配领域**',
  '**关键词**',
  '## 📋 核心要点',
  '## 📝 摘要（中文）',
  '## 🔬 方法详解',
  '## 📊 实验亮点',
  '## 🎯 应用场景',
  '## 📄 摘要（原文）',
  '☆ 收藏',
  '🔗 分享',
  '📄 arXiv',
  '📥 PDF',
  '添加到收藏夹',
];

/** Labels only some digests carry. */
export const DIGEST_OPTIONAL_LABELS: readonly string[] = [
  '**备注**',
  '(更新:',
  '**🔗 代码/项目**',
  '**问题定义**：',
  '**核心思路**：',
  '**技术框架**：',
  '**关键创新**：',
  '**关键设计**：',
  '## 🖼️ 关键图片',
  // The digest's research pillars are numbered in Chinese numerals: "支柱九：".
  ...[...'一二三四五六七八九十'].map((numeral) => `支柱${numeral}：`),
];
