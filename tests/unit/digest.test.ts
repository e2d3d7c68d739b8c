import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { looksLikeDigest, parseDigest } from '@/ingest/formats/digest';
import type { ParsedFile } from '@/ingest/formats/types';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/digest/${name}.md`, import.meta.url), 'utf8');

function parse(text: string, file = 'x.md'): { parsed: ParsedFile; bag: DiagnosticBag } {
  const bag = new DiagnosticBag(file);
  const parsed = parseDigest(text, bag);
  if (!parsed) throw new Error('parseDigest returned null');
  return { parsed, bag };
}

/** Every string anywhere in the draft, for checks that must hold for all fields. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const HEADER = `---\nlayout: default\ntitle: A Small Test Paper\n---\n\n# A Small Test Paper\n\n`;

describe('parseDigest with a toolbar', () => {
  const { parsed, bag } = parse(fixture('toolbar'), 'toolbar.md');
  const { draft } = parsed;

  it('records the "toolbar" variant', () => {
    expect(parsed.variant).toBe('toolbar');
  });

  it('reads an unquoted front matter title even when its ": " makes the YAML invalid', () => {
    expect(draft.title).toBe(`Don't Trust "Loud" Gradients: Noisy Labels & Tiny Models`);
  });

  it('takes the arXiv id without version and the version from the toolbar', () => {
    expect(draft.id).toBe('2401.01234');
    expect(draft.arxivVersion).toBe(2);
  });

  it('reads authors, categories, dates, remark, journal and a bare DOI', () => {
    expect(draft.authors).toEqual(['Mei Lin', 'Tomás Ortega', 'Ada Q. Park']);
    expect(draft.categories).toEqual(['cs.LG', 'cs.AI']);
    expect(draft.published).toBe('2024-01-03');
    expect(draft.updated).toBe('2024-02-20');
    expect(draft.remark).toBe('12 pages, 4 figures; workshop version');
    expect(draft.journal).toBe('Journal of Imaginary Learning, vol. 3, 2024');
    expect(draft.doi).toBe('10.5555/jil.2024.0042');
  });

  it('reads every code link with its label', () => {
    expect(draft.codeLinks).toEqual([
      { label: 'GITHUB', url: 'https://github.com/example/loud-gradients' },
      { label: 'PROJECT_PAGE', url: 'https://example.org/loud' },
    ]);
  });

  it('reads the takeaway without its bold, each bold domain, and backticked keywords', () => {
    expect(draft.takeaway).toBe('用梯度幅值筛掉噪声标签，小模型也能稳健训练');
    expect(draft.domains).toEqual(['方向一：稳健学习 (Robust Learning)', '方向三：小模型 (Small Models)']);
    expect(draft.keywords).toEqual(['噪声标签', '梯度裁剪', '小模型', '稳健训练']);
  });

  it('strips the numbers from key points', () => {
    expect(draft.keyPoints).toHaveLength(3);
    expect(draft.keyPoints?.[0]).toBe('噪声标签会产生异常大的梯度，拖垮小模型的训练。');
  });

  it('keeps section Markdown, math included', () => {
    expect(draft.sections?.method).toContain('**核心思路**：样本权重取 $w_i = \\exp(-\\alpha \\|g_i\\|)$');
    expect(draft.sections?.experiments).toMatch(/^在 CIFAR/);
    expect(draft.sections?.applications).toBe('适合标注成本低、质量参差的众包数据。');
    expect(draft.abstract?.zh).toMatch(/^我们研究了/);
  });

  it('strips the quote marker from the original abstract', () => {
    expect(draft.abstract?.en).toMatch(/^Small models trained on noisy labels/);
    expect(draft.abstract?.en).not.toContain('>');
  });

  it('reads figures as data, keeping only http(s) images and replacing generated alt text', () => {
    expect(draft.sections?.figures).toEqual([
      { src: 'https://example.org/figs/overview.png', alt: '方法总览 & 流程', caption: '方法总览 & 流程' },
      { src: 'https://example.org/figs/curves.png', alt: 'Training curves' },
    ]);
    const dropped = bag.items.find((d) => d.code === 'figure-dropped');
    expect(dropped).toMatchObject({ severity: 'warning', line: 68, file: 'toolbar.md' });
  });

  it('keeps a section with an unknown heading in the body, heading included', () => {
    expect(draft.sections?.body).toBe('## 🧪 复现笔记\n\n作者提供了单卡即可运行的脚本。');
  });

  it('never lets the embedded HTML into a Markdown field', () => {
    for (const text of allStrings(draft)) expect(text).not.toMatch(/<div|<button|<figure|<img|toggleFavorite|paper-toolbar/);
  });

  it('reports nothing but the dropped figure', () => {
    expect(bag.items.map((d) => d.code)).toEqual(['figure-dropped']);
  });
});

describe('parseDigest with a split toolbar', () => {
  const { parsed, bag } = parse(fixture('split-toolbar'));

  it('records the "split-toolbar" variant and reads the id from its nested layout', () => {
    expect(parsed.variant).toBe('split-toolbar');
    expect(parsed.draft.id).toBe('2401.05678');
    expect(parsed.draft.arxivVersion).toBe(1);
  });

  it('keeps the backslashes of LaTeX in a double-quoted front matter title', () => {
    expect(parsed.draft.title).toBe('Sorting in $\\mathcal{O}(n)$ Expected Time for Tiny Keys');
  });

  it('reads fields written with full-width colons and commas', () => {
    expect(parsed.draft.authors).toEqual(['Rui Chen', 'Olga Petrova']);
    expect(parsed.draft.categories).toEqual(['cs.DS']);
    expect(parsed.draft.domains).toEqual(['方向五：算法 (Algorithms)']);
    expect(bag.items).toEqual([]);
  });
});

describe('parseDigest with an arXiv line', () => {
  const { parsed, bag } = parse(fixture('arxiv-line'));

  it('records the "arxiv-line" variant and reads id and version from the link', () => {
    expect(parsed.variant).toBe('arxiv-line');
    expect(parsed.draft.id).toBe('2401.03456');
    expect(parsed.draft.arxivVersion).toBe(3);
    expect(parsed.draft.categories).toEqual(['eess.SP', 'cs.SD']);
    expect(parsed.draft.published).toBe('2024-01-07');
    expect(bag.items).toEqual([]);
  });

  it('leaves out fields and sections the file does not have', () => {
    expect(parsed.draft.updated).toBeUndefined();
    expect(parsed.draft.codeLinks).toBeUndefined();
    expect(parsed.draft.sections?.method).toBeUndefined();
    expect(parsed.draft.sections?.figures).toBeUndefined();
  });
});

describe('parseDigest with the compact layout', () => {
  const { parsed, bag } = parse(fixture('compact'));
  const { draft } = parsed;

  it('records the "compact" variant and reads the arXiv line joined by "·"', () => {
    expect(parsed.variant).toBe('compact');
    expect(draft.id).toBe('2401.07890');
    expect(draft.arxivVersion).toBe(1);
    expect(draft.authors).toEqual(['Lena Vogel', 'Sam Okafor']);
  });

  it('reads the takeaway from its labelled line', () => {
    expect(draft.takeaway).toBe('在树莓派上运行的小型天气预报模型，误差接近大模型');
  });

  it('splits unticked keywords on commas and 、 and drops repeats', () => {
    expect(draft.keywords).toEqual(['天气预报', '边缘计算', '模型压缩']);
  });

  it('reads "3 点简述" bullets as key points and a heading without emoji as the abstract', () => {
    expect(draft.keyPoints).toEqual([
      '核心问题：大型天气模型无法在廉价设备上运行',
      '方法要点：蒸馏加量化，把模型压到 20 MB',
      '实验或效果：24 小时温度预报误差只比教师模型高 0.3 度',
    ]);
    expect(draft.abstract?.en).toMatch(/^We distil a global weather model/);
    expect(bag.items).toEqual([]);
  });
});

describe('parseDigest with the short layout', () => {
  const { parsed, bag } = parse(fixture('short'));

  it('records the "short" variant when 分类, 发布日期 and 匹配领域 are missing', () => {
    expect(parsed.variant).toBe('short');
    expect(parsed.draft.id).toBe('2401.09012');
    expect(parsed.draft.categories).toBeUndefined();
    expect(parsed.draft.published).toBeUndefined();
    expect(bag.items).toEqual([]);
  });

  it('reads a title whose ": " makes the front matter invalid YAML', () => {
    expect(parsed.draft.title).toBe('Counting Birds from Space: A Weakly Supervised Approach');
  });

  it('joins a hard-wrapped quoted abstract back into paragraphs', () => {
    expect(parsed.draft.abstract?.en).toBe(
      'Seabird colonies are hard to survey on foot. We count birds in satellite images using only per-image totals as supervision, and reach an error below ten percent on two colonies.\n\n' +
        'A second paragraph notes that the method also transfers to penguins.',
    );
  });
});

describe('parseDigest titles and ids', () => {
  it('decodes HTML entities and escaped quotes when the toolbar is the only source of the title', () => {
    const toolbarOnly = fixture('toolbar').split('\n').slice(7).join('\n');
    const { parsed } = parse(toolbarOnly);
    expect(parsed.draft.title).toBe(`Don't Trust "Loud" Gradients: Noisy Labels & Tiny Models`);
  });

  it('keeps LaTeX that YAML would read as escapes in a quoted title', () => {
    const { parsed } = parse(`---\nlayout: default\ntitle: "$\\beta$-Mixing and \\theta Bounds"\n---\n\n## 📋 核心要点\n\n1. x\n`);
    expect(parsed.draft.title).toBe('$\\beta$-Mixing and \\theta Bounds');
  });

  it('falls back to the # heading without front matter', () => {
    const { parsed } = parse('# Heading Only Paper\n\n**作者**: A. Person\n');
    expect(parsed.draft.title).toBe('Heading Only Paper');
  });

  it('warns when the front matter title and the # heading disagree', () => {
    const { parsed, bag } = parse(`---\nlayout: default\ntitle: One Title\n---\n\n# Another Title\n`);
    expect(parsed.draft.title).toBe('One Title');
    expect(bag.items).toMatchObject([{ code: 'title-mismatch', severity: 'warning', line: 6 }]);
  });

  it('reports a digest without any title as an error', () => {
    const { bag } = parse('**arXiv**: [2401.00001v1](https://arxiv.org/abs/2401.00001)\n\n## 📋 核心要点\n\n1. x\n');
    expect(bag.items).toMatchObject([{ code: 'missing-title', severity: 'error', line: 1 }]);
  });

  it('warns when the toolbar and the arXiv line name different papers, keeping the first', () => {
    const text = `${HEADER}<div class="paper-toolbar">\n<a href="https://arxiv.org/abs/2401.00001">arXiv: 2401.00001v1</a>\n</div>\n\n**arXiv**: [2401.00002v1](https://arxiv.org/abs/2401.00002)\n`;
    const { parsed, bag } = parse(text);
    expect(parsed.draft.id).toBe('2401.00001');
    expect(bag.items).toMatchObject([{ code: 'arxiv-id-mismatch', line: 12 }]);
  });

  it('reads a toolbar whose closing tag is missing, and says so', () => {
    const text = `${HEADER}<div class="paper-toolbar">\n<a href="https://arxiv.org/abs/2401.00003">arXiv: 2401.00003v4</a>\n\n**作者**: A. Person\n`;
    const { parsed, bag } = parse(text);
    expect(parsed.draft).toMatchObject({ id: '2401.00003', arxivVersion: 4, authors: ['A. Person'] });
    expect(bag.items).toMatchObject([{ code: 'unclosed-html', line: 8 }]);
  });
});

describe('parseDigest fields', () => {
  it('accepts a colon inside the bold and colons with or without spaces', () => {
    const { parsed } = parse(`${HEADER}**作者：** A. Person, B. Person\n\n**分类**:cs.CL\n\n**发布日期** ： 2024-01-05\n`);
    expect(parsed.draft).toMatchObject({ authors: ['A. Person', 'B. Person'], categories: ['cs.CL'], published: '2024-01-05' });
  });

  it('warns with the line when a field is present but unreadable', () => {
    const text = `${HEADER}**发布日期**: soon\n\n**DOI**: pending\n\n**分类**: cs.CL, Machine Learning!\n\n**🔗 代码/项目**: [CODE](ftp://example.org/x)\n`;
    const { parsed, bag } = parse(text);
    expect(bag.items.map((d) => [d.code, d.line])).toEqual([
      ['unreadable-field', 8],
      ['unreadable-field', 10],
      ['unreadable-field', 12],
      ['unreadable-field', 14],
    ]);
    expect(parsed.draft.categories).toEqual(['cs.CL']);
    expect(parsed.draft.codeLinks).toEqual([]);
  });

  it('treats an empty field as absent, without a warning', () => {
    const { parsed, bag } = parse(`${HEADER}**备注**: \n`);
    expect(parsed.draft.remark).toBeUndefined();
    expect(bag.items).toEqual([]);
  });

  it('reads domains without bold as a plain list', () => {
    const { parsed } = parse(`${HEADER}## 💡 一句话要点\n\n**要点**\n\n🎯 **匹配领域**: 机器人、视觉\n`);
    expect(parsed.draft.domains).toEqual(['机器人', '视觉']);
  });

  it('drops a template placeholder left in the key points, with a warning on its line', () => {
    const { parsed, bag } = parse(`${HEADER}## 📋 核心要点\n\n1. 第一点。\n2. method_zh\n`);
    expect(parsed.draft.keyPoints).toEqual(['第一点。']);
    expect(bag.items).toMatchObject([{ code: 'placeholder-dropped', line: 11 }]);
  });

  it('reads Markdown images under the figures heading, keeping site paths and dropping page-relative ones', () => {
    const text = `${HEADER}## 🖼️ 关键图片\n\n![Overview](/figures/overview.png)\n![](figs/local.png)\n![fig_3](https://example.org/c.png "曲线")\n`;
    const { parsed, bag } = parse(text);
    expect(parsed.draft.sections?.figures).toEqual([
      { src: '/figures/overview.png', alt: 'Overview' },
      { src: 'https://example.org/c.png', alt: '曲线', caption: '曲线' },
    ]);
    expect(bag.items).toMatchObject([{ code: 'figure-dropped', line: 11 }]);
  });

  it('joins a section that appears twice and warns about it', () => {
    const { parsed, bag } = parse(`${HEADER}## 🔬 方法详解\n\n甲\n\n## 🔬 方法详解\n\n乙\n`);
    expect(parsed.draft.sections?.method).toBe('甲\n\n乙');
    expect(bag.items).toMatchObject([{ code: 'duplicate-section', line: 12 }]);
  });

  it('warns about a conflict marker left in the text', () => {
    const { bag } = parse(`${HEADER}## 📊 实验亮点\n\n<<<<<<< HEAD\n甲\n`);
    expect(bag.items).toMatchObject([{ code: 'merge-marker-left', line: 10 }]);
  });
});

describe('looksLikeDigest', () => {
  it('recognises every digest variant', () => {
    for (const name of ['toolbar', 'split-toolbar', 'arxiv-line', 'compact', 'short']) {
      expect(looksLikeDigest(fixture(name)), name).toBe(true);
    }
  });

  it('rejects Markdown without digest labels', () => {
    expect(looksLikeDigest('---\nlayout: post\ntitle: Hello\n---\n\n# Hello\n\nJust a blog post.\n')).toBe(false);
    expect(looksLikeDigest('Catch up on the latest articles\n\n3 main points\n✔️ one\n')).toBe(false);
  });

  it('returns null from the parser for text with nothing of a digest', () => {
    expect(parseDigest('just some words\n', new DiagnosticBag('x.md'))).toBeNull();
  });
});
