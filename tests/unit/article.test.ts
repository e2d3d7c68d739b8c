import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { looksLikeArticle, parseArticle } from '@/ingest/formats/article';
import { splitAuthors, splitGluedNames } from '@/ingest/formats/article-authors';
import { displayFormula, escapeLine, isHeading } from '@/ingest/formats/article-body';
import { parseArxivDate, parseSubjects, readMetaLine } from '@/ingest/formats/article-meta';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/article/${name}`, import.meta.url), 'utf8');

function parse(text: string) {
  const bag = new DiagnosticBag('articles/x.txt');
  const parsed = parseArticle(text, bag);
  return { parsed, draft: parsed?.draft, body: parsed?.draft.sections?.body ?? '', bag };
}

describe('parseArticle on a full article', () => {
  const { parsed, draft, body, bag } = parse(fixture('full.txt'));

  it('reads the article title, the topic line and the three main points', () => {
    expect(draft?.title).toBe('Do Small Models Dream of Big Data?');
    expect(draft?.domains).toEqual(['Efficient Training']);
    expect(draft?.keyPoints).toEqual([
      'Proposes a curriculum that orders training examples by estimated difficulty',
      'Shows that a 60M-parameter model matches a baseline five times larger',
      'Releases the difficulty scores for three public benchmarks',
    ]);
  });

  it('takes the paper title from the line above "written by"', () => {
    expect(draft?.paperTitle).toBe('Curriculum Distillation for Compact Language Models');
  });

  it('splits glued author names without breaking McDonald, LeCun, initials or particles', () => {
    expect(draft?.authors).toEqual(['Ada McDonald', 'J. R. R. Tolkien', 'Maria van der Berg', 'Yann LeCun']);
    expect(parsed?.repairs).toEqual(['authors:split-glued-names']);
    expect(bag.items).toEqual([expect.objectContaining({ severity: 'info', code: 'authors-split', line: 15 })]);
  });

  it('reads first submission, last revision and the version summarised', () => {
    expect(draft).toMatchObject({ published: '2024-02-03', updated: '2024-03-19', arxivVersion: 3 });
  });

  it('reads the comment as the remark and the subjects as categories in order', () => {
    expect(draft?.remark).toBe('Accepted to an imaginary workshop.');
    expect(draft?.categories).toEqual(['cs.CL', 'cs.LG', 'stat.ML']);
  });

  it('leaves the id to normalize when the text names no arXiv id', () => {
    expect(draft?.id).toBeUndefined();
    expect(parsed?.variant).toBe('ai-scholar');
  });

  it('turns short unpunctuated lines between blank lines into ## headings', () => {
    expect(body).toContain('\n\n## Why order matters\n\n');
    expect(body).toContain('\n\n## first of all\n\n');
    expect(body).not.toContain('## The method has three steps');
  });

  it('makes indented numbered items an ordered list and joins their continuation lines', () => {
    expect(body).toContain(
      'The method has three steps:\n\n1. Score every example with a small proxy model\n' +
        '2. Sort the examples into buckets by score, keeping the buckets equal in size\n' +
        '3. Train on the buckets from easiest to hardest\n\n',
    );
  });

  it('puts one-line $$ formulas and bare TeX lines on display-math lines of their own', () => {
    expect(body).toContain('is usually written as\n\n$$\nL(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha}\n$$\n\n');
    expect(body).toContain('\n\n$$\n\\operatorname{Difficulty}(x) = \\frac{\\sum_{t} \\ell_t(x)}{\\left| x \\right|}\n$$\n\n');
  });

  it('keeps inline $…$ math as written', () => {
    expect(body).toContain('a model with $N$ parameters');
  });

  it('escapes a line that Markdown would read as a heading', () => {
    expect(body).toContain('\\# of parameters is the usual knob');
  });

  it('drops the site banner, the image note and the contact footer', () => {
    expect(body.startsWith('Small models are cheap')).toBe(true);
    expect(body.endsWith('the code is simple.')).toBe(true);
    expect(body).not.toMatch(/Catch up|images used in this article|suggestions|editorial team|Contact Us/i);
  });
});

describe('parseArticle on other shapes', () => {
  it('reads a submission line without revisions as version 1 with no update date', () => {
    const { draft } = parse(fixture('single-version.txt'));
    expect(draft).toMatchObject({ published: '2021-09-01', arxivVersion: 1, authors: ['Lin Wei'], categories: ['cs.RO'] });
    expect(draft?.updated).toBeUndefined();
  });

  it('does not mistake a repeated title for the topic', () => {
    const { draft } = parse(fixture('single-version.txt'));
    expect(draft?.title).toBe('Teaching Robots to Fold Laundry');
    expect(draft?.domains).toBeUndefined();
  });

  it('takes the arXiv id from a link anywhere in the text', () => {
    const { draft, body } = parse(fixture('single-version.txt'));
    expect(draft?.id).toBe('2109.00042');
    expect(body.startsWith('## introduction\n\n')).toBe(true);
  });

  it('prefers an arXiv id in the header to one cited in the body, and keeps that version', () => {
    const text =
      'T\n\n3 main points\n✔️ a\n\nP\nwritten by Ann Lee\nCite as: arXiv:2301.00001v2\n\nIt builds on arxiv.org/abs/1901.00002.\n';
    const { draft, body } = parse(text);
    expect(draft).toMatchObject({ id: '2301.00001', arxivVersion: 2 });
    expect(body).toBe('It builds on arxiv.org/abs/1901.00002.');
  });

  it('warns when there is no byline but still reads the title, points and body', () => {
    const { draft, body, bag } = parse(fixture('no-byline.txt'));
    expect(draft).toMatchObject({ title: 'A Quick Note on Tokenizers', domains: ['Natural Language Processing'] });
    expect(draft?.keyPoints).toHaveLength(2);
    expect(draft?.paperTitle).toBeUndefined();
    expect(body).toBe('Tokenizers decide what a model can see. This note compares two of them.');
    expect(bag.items.map((d) => [d.severity, d.code])).toEqual([['warning', 'article-no-byline']]);
  });

  it('warns, with the line number, about a submission date it cannot read', () => {
    const { draft, bag } = parse('T\n\n3 main points\n✔️ a\n\nP\nwritten by Ann Lee\n(Submitted on 31 Smarch 2020)\n\nBody text here.\n');
    expect(draft?.published).toBeUndefined();
    expect(bag.items).toEqual([expect.objectContaining({ code: 'article-bad-date', line: 8, severity: 'warning' })]);
  });

  it('reports an article without a title as an error', () => {
    const { bag } = parse('3 main points\n✔️ one\n\nBody.\n');
    expect(bag.hasErrors).toBe(true);
    expect(bag.items).toContainEqual(expect.objectContaining({ code: 'missing-title', severity: 'error' }));
  });

  it('returns null for text with neither main points nor a byline', () => {
    expect(parse('Just a note.\n\nNothing else.\n').parsed).toBeNull();
  });

  it('reads a byline whose spaces are non-breaking', () => {
    const { draft } = parse('T\n\n3 main points\n✔️ a\n\nP\nwritten\u00a0by\u00a0Ann LeeBo Chen\n');
    expect(draft?.authors).toEqual(['Ann Lee', 'Bo Chen']);
  });
});

describe('looksLikeArticle', () => {
  it('recognises articles by banner, main points or byline with a submission line', () => {
    for (const name of ['full.txt', 'single-version.txt', 'no-byline.txt']) expect(looksLikeArticle(fixture(name))).toBe(true);
    expect(looksLikeArticle('Paper\nwritten by Ann Lee\n(Submitted on 1 Sep 2021)\n')).toBe(true);
  });

  it('rejects Markdown with front matter and ordinary prose', () => {
    expect(looksLikeArticle('---\ntitle: x\n---\n3 main points\n✔️ a\n')).toBe(false);
    expect(looksLikeArticle('We had 3 main points to make.\nwritten by hand, and nothing more.\n')).toBe(false);
  });
});

describe('splitGluedNames', () => {
  it.each([
    ['Rylan SchaefferBrando MirandaSanmi Koyejo', ['Rylan Schaeffer', 'Brando Miranda', 'Sanmi Koyejo']],
    ['John McDonaldJane Doe', ['John McDonald', 'Jane Doe']],
    ['Yann LeCunAnn Lee', ['Yann LeCun', 'Ann Lee']],
    ['Tom SmithJ. R. R. Tolkien', ['Tom Smith', 'J. R. R. Tolkien']],
    ['Ludwig van BeethovenAnna Smith', ['Ludwig van Beethoven', 'Anna Smith']],
    ['José GarcíaÁlvaro Pérez', ['José García', 'Álvaro Pérez']],
    ['Google DeepMindJohn Smith', ['Google DeepMind', 'John Smith']],
  ])('splits %s', (glued, names) => {
    expect(splitGluedNames(glued)).toEqual(names);
  });

  it.each(['Yann LeCun', 'Mary DeLong Smith', 'Ann MacKenzie', 'Yongfeng Zhang', 'Plato'])('keeps %s whole', (name) => {
    expect(splitGluedNames(name)).toEqual([name]);
  });

  it('splits on commas and "and" first, then unglues each run', () => {
    expect(splitAuthors('Ann Lee, Bo Chen and Cy WuDee Roe')).toEqual({ names: ['Ann Lee', 'Bo Chen', 'Cy Wu', 'Dee Roe'], unglued: true });
    expect(splitAuthors('Ann Lee, Bo Chen')).toEqual({ names: ['Ann Lee', 'Bo Chen'], unglued: false });
  });
});

describe('article metadata lines', () => {
  it('reads arXiv dates and subjects', () => {
    expect(parseArxivDate('5 Sept 2022')).toBe('2022-09-05');
    expect(parseArxivDate('40 Apr 2023')).toBeUndefined();
    expect(parseSubjects('Robotics (cs.RO); Neurons and Cognition (q-bio.NC); High Energy Physics - Theory (hep-th)')).toEqual([
      'cs.RO',
      'q-bio.NC',
      'hep-th',
    ]);
  });

  it("reads an older version's page as version 1 with the latest version's date", () => {
    expect(readMetaLine('[Submitted on 2 Jan 2020 (this version), latest version 9 Feb 2020 (v2)]')).toEqual({
      fields: { published: '2020-01-02', updated: '2020-02-09', arxivVersion: 1 },
    });
  });

  it('reads journal, DOI and code lines, and stops at body text', () => {
    expect(readMetaLine('DOI: https://doi.org/10.1000/xyz')).toEqual({ fields: { doi: '10.1000/xyz' } });
    expect(readMetaLine('Code: https://github.com/example/repo')).toEqual({
      fields: { codeLinks: [{ label: 'Code', url: 'https://github.com/example/repo' }] },
    });
    expect(readMetaLine('This paper studies robots.')).toBeNull();
  });
});

describe('article body helpers', () => {
  it('treats short unpunctuated lines as headings, but not list items, captions or formulas', () => {
    expect(isHeading('Autoencoders on small images')).toBe(true);
    expect(isHeading('first of all')).toBe(true);
    expect(isHeading('This sentence ends with a period.')).toBe(false);
    expect(isHeading('  1. An indented item')).toBe(false);
    expect(isHeading('Figure 3 Results on the test set')).toBe(false);
    expect(isHeading('\\frac{a}{b} + \\sqrt{c}')).toBe(false);
    expect(isHeading('a line that runs on and on without a final period because the writer forgot it')).toBe(false);
  });

  it('recognises bare TeX lines but not prose mentioning a command', () => {
    expect(displayFormula('$$x^2$$')).toBe('x^2');
    expect(displayFormula('\\[ a + b \\]')).toBe('a + b');
    expect(displayFormula('x = \\alpha + \\beta_i')).toBe('x = \\alpha + \\beta_i');
    expect(displayFormula('We use \\alpha and \\beta in the text as usual here.')).toBeUndefined();
    expect(displayFormula('Inline $\\alpha$ and $\\beta$ stay.')).toBeUndefined();
  });

  it('escapes heading, quote and rule markers at the start of a line', () => {
    expect(escapeLine('# not a heading')).toBe('\\# not a heading');
    expect(escapeLine('> not a quote')).toBe('\\> not a quote');
    expect(escapeLine('---')).toBe('\\---');
    expect(escapeLine('1. a sentence that starts with a number')).toBe('1. a sentence that starts with a number');
  });
});
