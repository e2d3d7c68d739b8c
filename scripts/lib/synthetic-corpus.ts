/**
 * A synthetic archive of digest-format summaries for benchmarks, in words we generate ourselves:
 * pseudo-words from syllables (plus a few real field terms, so queries read naturally), Chinese
 * pseudo-words from a pool of common characters, Zipf-distributed like real text, about `mathShare`
 * of the papers with formulas. Deterministic: the same seed and count give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAMAGED_FORMULAS, UNDEFINED_FORMULAS } from './damaged-formulas.ts';

export interface CorpusOptions {
  seed?: number;
  /** Share of papers with formulas (inline and display); real archives have about 6%. */
  mathShare?: number;
  /**
   * Give every paper with formulas one damaged formula (damaged-formulas.ts, in turn), and every
   * `undefinedEvery`-th of them an author's own undefined macro as well.
   */
  formulaDamage?: { undefinedEvery: number };
  /** Date every paper in `[from, to]` (YYYY-MM-DD, same month), as a day's digest dates its papers; else 2023-2025 at random. */
  dated?: { from: string; to: string };
}

/** What the generator used, so a benchmark can derive queries that exist in the corpus. */
export interface SyntheticCorpus {
  files: string[];
  ids: string[];
  englishWords: string[];
  chineseWords: string[];
  authors: string[];
  categories: string[];
}

/** mulberry32: small, fast, good enough for test data. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu ca ce ci co da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo tra tre pro pre sto stra ble tion ment ive ous ing er an en on ar or'.split(
    ' ',
  );
const REAL_WORDS =
  'diffusion transformer reinforcement learning robot language model retrieval graph network attention policy reward alignment vision audio generation distillation sampling benchmark agent'.split(
    ' ',
  );
const HAN_POOL =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const CATEGORIES =
  'cs.CL cs.CV cs.LG cs.AI cs.RO cs.SD cs.IR cs.CR cs.NE cs.MA cs.HC cs.DC stat.ML eess.AS eess.IV eess.SP math.OC q-bio.QM physics.comp-ph cs.GR'.split(
    ' ',
  );
const DOMAINS = [
  '生成模型 (Generative Models)',
  '强化学习 (Reinforcement Learning)',
  '视觉理解 (Visual Understanding)',
  '大语言模型 (LLMs)',
  '机器人 (Robotics)',
  '高效模型架构 (Efficient Architectures)',
  '语音与音频 (Speech and Audio)',
  '图学习 (Graph Learning)',
  '安全与对齐 (Safety and Alignment)',
  '检索与推荐 (Retrieval)',
];
const PILLARS = '一二三四五六七八九十';

function zipfPicker(random: () => number, size: number, exponent = 1.05): () => number {
  const weights = Array.from({ length: size }, (_, i) => 1 / (i + 1) ** exponent);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function lexicon(count: number, make: () => string, seedWords: string[] = []): string[] {
  const words = new Set(seedWords);
  while (words.size < count) words.add(make());
  return [...words];
}

export function writeSyntheticCorpus(dir: string, n: number, options: CorpusOptions = {}): SyntheticCorpus {
  const { seed = 42, mathShare = 0.06, formulaDamage, dated } = options;
  let mathPapers = 0;
  const random = makeRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const syllableWord = (low: number, high: number) => Array.from({ length: between(low, high) }, () => pick(SYLLABLES)).join('');
  const hanWord = (low: number, high: number) => Array.from({ length: between(low, high) }, () => pick([...HAN_POOL])).join('');

  // Real terms first: a Zipf picker draws the first entries most often.
  const englishWords = lexicon(6000, () => syllableWord(2, 4), REAL_WORDS);
  const chineseWords = lexicon(3000, () => hanWord(2, 3), ['扩散模型', '强化学习', '大语言模型', '机器人', '知识蒸馏', '图神经网络']);
  const surnames = lexicon(1500, () => capitalise(syllableWord(2, 3)));
  const givenNames = lexicon(600, () => capitalise(syllableWord(1, 3)));
  const authors = Array.from({ length: Math.max(200, Math.round(n * 1.5)) }, () => `${pick(givenNames)} ${pick(surnames)}`);
  const english = zipfPicker(random, englishWords.length);
  const chinese = zipfPicker(random, chineseWords.length);
  const author = zipfPicker(random, authors.length, 0.6);
  const category = zipfPicker(random, CATEGORIES.length, 0.8);

  const sentenceEn = (words: number) => capitalise(Array.from({ length: words }, () => englishWords[english()]!).join(' ')) + '.';
  const sentenceZh = (words: number) => Array.from({ length: words }, () => chineseWords[chinese()]!).join('') + '。';

  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const ids: string[] = [];
  const perMonth = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const year = dated ? Number(dated.from.slice(0, 4)) : between(2023, 2025);
    const month = dated ? Number(dated.from.slice(5, 7)) : between(1, 12);
    const day = dated ? between(Number(dated.from.slice(8)), Number(dated.to.slice(8))) : between(1, 28);
    const yymm = `${String(year).slice(2)}${String(month).padStart(2, '0')}`;
    const serial = (perMonth.get(yymm) ?? between(100, 900)) + between(1, 7);
    perMonth.set(yymm, serial);
    const id = `${yymm}.${String(serial).padStart(5, '0')}`;
    ids.push(id);
    const math = random() < mathShare;
    const titleWords = Array.from({ length: between(5, 11) }, () => capitalise(englishWords[english()]!));
    const title = `${titleWords.slice(0, 3).join(' ')}: ${titleWords.slice(3).join(' ')}`;
    const paperAuthors = [...new Set(Array.from({ length: between(2, 8) }, () => authors[author()]!))];
    const categories = [...new Set(Array.from({ length: between(1, 3) }, () => CATEGORIES[category()]!))];
    const keywords = [
      ...new Set([
        ...Array.from({ length: between(2, 4) }, () => chineseWords[chinese()]!),
        ...Array.from({ length: between(1, 3) }, () => englishWords[english()]!),
      ]),
    ];
    const domains = [...new Set(Array.from({ length: between(1, 3) }, () => between(0, DOMAINS.length - 1)))];
    let inline = math ? ' 其中损失记为 $\\mathcal{L}_{\\theta}(x_t, t)$，' : '';
    if (math && formulaDamage) {
      inline += `${DAMAGED_FORMULAS[mathPapers % DAMAGED_FORMULAS.length]!.markdown}，`;
      if (mathPapers % formulaDamage.undefinedEvery === formulaDamage.undefinedEvery - 1) {
        inline += `${UNDEFINED_FORMULAS[mathPapers % UNDEFINED_FORMULAS.length]!.markdown}，`;
      }
    }
    if (math) mathPapers++;
    const display = math ? `\n\n$$\\mathcal{L} = \\mathbb{E}_{t}\\left[ \\| f_\\theta(x_t) - x_0 \\|_2^2 \\right]$$\n` : '';
    const text = `---
layout: default
title: "${title}"
---

# ${title}

<div class="paper-toolbar">
  <a href="https://arxiv.org/abs/${id}" class="toolbar-btn" target="_blank">📄 arXiv: ${id}v1</a>
  <a href="https://arxiv.org/pdf/${id}.pdf" class="toolbar-btn" target="_blank">📥 PDF</a>
</div>


**作者**: ${paperAuthors.join(', ')}

**分类**: ${categories.join(', ')}

**发布日期**: ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}

---

## 💡 一句话要点

**${sentenceZh(between(5, 9))}**

🎯 **匹配领域**: ${domains.map((d) => `**支柱${PILLARS[d]}：${DOMAINS[d]}**`).join(' ')}

**关键词**: ${keywords.map((k) => `\`${k}\``).join(' ')}

## 📋 核心要点

1. ${sentenceZh(between(8, 14))}
2. ${sentenceZh(between(8, 14))}
3. ${sentenceZh(between(8, 14))}

## 📝 摘要（中文）

${sentenceZh(between(12, 20))}${inline}${sentenceZh(between(12, 20))}${sentenceZh(between(12, 20))}

## 🔬 方法详解

**核心思路**：${sentenceZh(between(10, 16))}${display}

## 📄 摘要（原文）

> ${Array.from({ length: between(5, 8) }, () => sentenceEn(between(12, 22))).join(' ')}
`;
    const file = join(dir, `${id}.md`);
    writeFileSync(file, text);
    files.push(file);
  }
  return { files, ids, englishWords, chineseWords, authors, categories: CATEGORIES };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
