import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { looksLikeCanonical, parseCanonical, splitFrontMatter } from '@/ingest/formats/canonical';
import { sectionForHeading } from '@/ingest/formats/canonical-body';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/canonical/${name}`, import.meta.url), 'utf8');

function parse(text: string) {
  const bag = new DiagnosticBag('papers/x.md');
  const parsed = parseCanonical(text, bag);
  return { parsed, draft: parsed?.draft, bag };
}

describe('parseCanonical on a complete entry', () => {
  const { parsed, draft, bag } = parse(fixture('full.md'));

  it('reads every front-matter field under its schema name', () => {
    expect(draft).toMatchObject({
      id: '2401.01230',
      arxivVersion: 2,
      title: '小模型也能学会推理：课程蒸馏',
      paperTitle: 'Curriculum Distillation for Compact Language Models',
      authors: ['Ada Lovelace', '李明'],
      categories: ['cs.CL', 'cs.LG'],
      published: '2024-02-03',
      updated: '2024-03-19',
      remark: '12 pages, 4 figures',
      journal: 'Imaginary Workshop on Small Models 2024',
      codeLinks: [{ label: 'GitHub', url: 'https://github.com/example/curriculum' }],
      takeaway: '按难度排序训练数据，让 $60$M 参数的模型追上五倍大的基线。',
      domains: ['高效训练 (Efficient Training)'],
      keywords: ['课程学习', '蒸馏', 'small models'],
      keyPoints: ['用一个小的代理模型给每个训练样本打难度分。', '按分数分桶，从易到难依次训练。'],
    });
    expect(parsed?.variant).toBe('front-matter');
    expect(bag.items).toEqual([]);
  });

  it('keeps an id with trailing zeros as written, not as a number', () => {
    expect(parse('---\ntitle: T\nid: 2401.10000\n---\n').draft?.id).toBe('2401.10000');
  });

  it('strips the resolver from a DOI and reads both abstracts', () => {
    expect(draft?.doi).toBe('10.1234/example.5678');
    expect(draft?.abstract?.zh).toBe('我们提出课程蒸馏：先估计样本难度，再按从易到难的顺序训练小模型。');
    expect(draft?.abstract?.en).toBe(
      'We propose curriculum distillation, which estimates how hard each example is and trains a small model from easy to hard.',
    );
  });

  it('files Chinese and English section headings under the named sections', () => {
    expect(draft?.sections?.method).toMatch(/^难度定义为代理模型下的平均损失：\n\n\$\$\nd\(x\)/);
    expect(draft?.sections?.experiments).toBe('在三个基准上，60M 模型与 300M 基线持平。');
    expect(draft?.sections?.applications).toBe('适合端侧部署。');
  });

  it('does not split at a heading-like line inside a code block', () => {
    expect(draft?.sections?.method).toContain('```text\n## this line is inside a code block, not a heading\n```');
  });

  it('reads figures from Markdown images, with caption and a fallback alt text', () => {
    expect(draft?.sections?.figures).toEqual([
      { src: 'https://example.org/fig1.png', alt: 'Pipeline overview', caption: 'Figure 1: the three steps' },
      { src: 'https://example.org/fig2.png', alt: 'Figure 2' },
    ]);
  });

  it('keeps the intro and other sections in the body and drops the heading that repeats the title', () => {
    expect(draft?.sections?.body).toBe(
      '这是一段导读（an intro paragraph before any section）。\n\n## 讨论\n\nOrdering data is cheap; the proxy model is the only extra cost.',
    );
  });
});

describe('parseCanonical leniency', () => {
  const { draft, bag } = parse(fixture('lenient.md'));
  const warningAt = (line: number) => bag.items.find((d) => d.line === line);

  it('splits a comma-separated author string into names, with a warning on its line', () => {
    expect(draft?.authors).toEqual(['Ann Lee', 'Bo Chen']);
    expect(warningAt(4)).toMatchObject({ severity: 'warning', code: 'front-matter-value', message: expect.stringContaining('"authors"') });
    expect(draft?.keywords).toEqual(['alpha', 'beta']);
  });

  it('turns YAML timestamps into YYYY-MM-DD, warning only when the time was dropped', () => {
    expect(draft).toMatchObject({ published: '2024-02-03', updated: '2024-03-01' });
    expect(warningAt(5)?.message).toContain('read "2024-02-03T09:30:00+08:00" as 2024-02-03');
    expect(warningAt(6)).toBeUndefined();
  });

  it('reads "v3" as version 3 and lets it win over the version in an arXiv-style id', () => {
    expect(draft).toMatchObject({ id: '2402.00077', arxivVersion: 3 });
    expect(warningAt(7)?.message).toContain('version 3');
  });

  it('reads a plain-text abstract as the language its script suggests', () => {
    expect(draft?.abstract).toEqual({ zh: '这是一段只有中文的摘要。' });
    expect(warningAt(9)?.code).toBe('front-matter-value');
  });

  it('warns about an unknown key by name and suggests the field that was meant', () => {
    expect(warningAt(10)).toMatchObject({
      code: 'unknown-key',
      message: expect.stringContaining('"tags"'),
      hint: 'Did you mean "keywords"?',
    });
  });

  it('accepts bare code-link URLs and drops links that are not http(s)', () => {
    expect(draft?.codeLinks).toEqual([{ label: 'github.com', url: 'https://github.com/example/lenient' }]);
    expect(warningAt(11)?.message).toContain('ftp://files.example.org/lenient');
  });

  it('never reports an error for values it could read', () => {
    expect(bag.hasErrors).toBe(false);
    expect(bag.items).toHaveLength(7);
  });
});

describe('parseCanonical failures', () => {
  it('reports broken YAML as an error on the file line where it goes wrong', () => {
    const { bag } = parse(fixture('broken-yaml.md'));
    expect(bag.items).toEqual([expect.objectContaining({ severity: 'error', code: 'front-matter-yaml', line: 5 })]);
  });

  it('falls back to the # heading for a missing title, with a warning', () => {
    const { draft, bag } = parse(fixture('no-title.md'));
    expect(draft?.title).toBe('Title From The Heading');
    expect(draft?.sections?.body).toBe('Body text.');
    expect(bag.items).toEqual([expect.objectContaining({ severity: 'warning', code: 'title-from-heading', line: 5 })]);
  });

  it('reports an entry with no title at all as an error', () => {
    const { bag } = parse('---\nauthors: [Ann Lee]\n---\nJust text.\n');
    expect(bag.items).toEqual([expect.objectContaining({ severity: 'error', code: 'missing-title' })]);
  });

  it('reports unclosed front matter and returns null without front matter', () => {
    expect(parse('---\ntitle: T\n\nBody\n')).toMatchObject({
      parsed: null,
      bag: { items: [expect.objectContaining({ code: 'front-matter-unclosed', line: 1 })] },
    });
    expect(parse('# Just Markdown\n').parsed).toBeNull();
  });

  it('keeps a # heading that differs from the title in the body', () => {
    expect(parse('---\ntitle: T\n---\n# Other\n\nText\n').draft?.sections?.body).toBe('# Other\n\nText');
  });

  it('appends a repeated named section to the first, with a warning', () => {
    const { draft, bag } = parse('---\ntitle: T\n---\n## Method\n\nOne.\n\n## 方法\n\nTwo.\n');
    expect(draft?.sections?.method).toBe('One.\n\nTwo.');
    expect(bag.items).toEqual([expect.objectContaining({ code: 'duplicate-section', line: 8 })]);
  });
});

describe('looksLikeCanonical', () => {
  it('recognises front matter with schema keys, or a title without layout', () => {
    expect(looksLikeCanonical(fixture('full.md'))).toBe(true);
    expect(looksLikeCanonical('---\ntitle: T\n---\n')).toBe(true);
    expect(looksLikeCanonical('---\nlayout: default\nkeyPoints: [a]\n---\n')).toBe(true);
    expect(looksLikeCanonical(fixture('broken-yaml.md'))).toBe(true);
  });

  it('leaves digest-style front matter (layout and title) and plain text alone', () => {
    expect(looksLikeCanonical('---\nlayout: default\ntitle: T\n---\n# T\n')).toBe(false);
    expect(looksLikeCanonical('title: T\n')).toBe(false);
  });

  it('finds the front matter and the line the body starts on', () => {
    expect(splitFrontMatter('---\na: 1\n---\nbody\n')).toEqual({ yaml: 'a: 1', body: ['body', ''], bodyLine: 4 });
  });

  it('matches section headings regardless of case, emoji and a trailing colon', () => {
    expect(sectionForHeading('🔬 方法:')).toBe('method');
    expect(sectionForHeading('EXPERIMENTS')).toBe('experiments');
    expect(sectionForHeading('Related work')).toBeUndefined();
  });
});
