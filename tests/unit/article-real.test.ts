// Parses AI-SCHOLAR articles: always our own (tests/fixtures/corpus/B), and the real files kept beside
// the repository (../shared), which we may read but not copy, where they are present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '@/ingest/diagnostics';
import { detectFormat } from '@/ingest/formats/detect';
import { parseArticle } from '@/ingest/formats/article';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const shared = resolve(repoRoot, '../shared');
const seed = join(shared, 'seeds/003_ccec15ff059cd8bf.txt');
const corpusDir = join(shared, 'corpus/real/B');
const articles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')) : []);
const ourDir = join(repoRoot, 'tests/fixtures/corpus/B');
const corpus = articles(corpusDir);
const BOILERPLATE = /Catch up on the latest|images used in this article|suggestions for improvement|editorial team|Contact Us/i;

function parseFile(path: string) {
  const text = readFileSync(path, 'utf8');
  const bag = new DiagnosticBag(path);
  const parsed = parseArticle(text, bag);
  return { text, bag, draft: parsed?.draft, body: parsed?.draft.sections?.body ?? '' };
}

describe.skipIf(!existsSync(seed))(`article seed 003${existsSync(seed) ? '' : ' (skipped: ../shared/seeds is not here)'}`, () => {
  const { text, bag, draft, body } = existsSync(seed)
    ? parseFile(seed)
    : { text: '', bag: new DiagnosticBag(''), draft: undefined, body: '' };

  it('is detected as an article and read without errors', () => {
    expect(detectFormat(text, 'seed.txt')).toBe('article');
    expect(bag.hasErrors).toBe(false);
  });

  it('reads the titles, the topic and the three main points', () => {
    expect(draft?.title).toBe('Is LLM "Emergence" An Illusion?');
    expect(draft?.paperTitle).toBe('Are Emergent Abilities of Large Language Models a Mirage?');
    expect(draft?.domains).toEqual(['Large Language Models']);
    expect(draft?.keyPoints).toHaveLength(3);
  });

  it('splits the glued byline into exactly three authors', () => {
    expect(draft?.authors).toEqual(['Rylan Schaeffer', 'Brando Miranda', 'Sanmi Koyejo']);
  });

  it('reads the dates, version, remark and categories', () => {
    expect(draft).toMatchObject({ published: '2023-04-28', updated: '2023-05-22', arxivVersion: 2, remark: 'Published on arxiv.' });
    expect(draft?.categories).toEqual(['cs.AI', 'cs.LG']);
    expect(draft?.id).toBeUndefined();
  });

  it('turns the plain-text headings into sections', () => {
    for (const heading of [
      'The true nature of emergence',
      'Analysis of observed emergence',
      'Meta-Analysis of Claimed Emergent Abilities',
      'Autoencoder on CIFAR100',
    ]) {
      expect(body).toContain(`\n\n## ${heading}\n\n`);
    }
  });

  it('makes the indented numbered lines an ordered list and every formula display math', () => {
    expect(body).toMatch(/\n\n1\. The researcher [^\n]+\n2\. Insufficient [^\n]+\n3\. Insufficient test data\n\n/);
    expect(body).toContain('\n\n$$\n\\operatorname{Emergence Score}');
    expect(body).not.toMatch(/^\$\$.+\$\$$/m);
    expect(body).toContain('$N$');
  });

  it('drops the site boilerplate', () => {
    expect(body).not.toMatch(BOILERPLATE);
  });
});

// What seed 003 shows (a glued byline, formulas as bare LaTeX lines and one-line $$…$$, site
// boilerplate), checked on an article of our own so it runs where the seeds are absent (GitHub CI).
describe('our article with a bare LaTeX line (tests/fixtures/corpus/B)', () => {
  const { text, bag, draft, body } = parseFile(join(ourDir, 'ai-scholar_diffusion_Flow_Matching_Audio.v1.txt'));

  it('is detected as an article and read without errors', () => {
    expect(detectFormat(text, 'article.txt')).toBe('article');
    expect(bag.hasErrors).toBe(false);
  });

  it('splits the glued byline into exactly three authors', () => {
    expect(draft?.authors).toEqual(['Marisol Vega', 'Jonas Ekström', 'Kenji Watanabe']);
  });

  it('makes the bare LaTeX line and every one-line $$…$$ display math, keeping inline math', () => {
    expect(body).toContain('\n\n$$\nt_k = 1 - \\left(1 - \\frac{k}{K}\\right)');
    expect(body).not.toMatch(/^\$\$.+\$\$$/m);
    expect(body).toContain('$x_0$');
  });

  it('turns the plain-text headings into sections and drops the site boilerplate', () => {
    for (const heading of ['How flow matching works', 'A loudness-aware time schedule', 'Experiments']) {
      expect(body).toContain(`\n\n## ${heading}\n\n`);
    }
    expect(body).not.toMatch(BOILERPLATE);
  });
});

/** Everything an article promises, read back: titles, byline, dates, categories, key points, a clean body. */
function expectCompleteArticle(path: string, name: string): void {
  const { text, bag, draft, body } = parseFile(path);
  expect(detectFormat(text, name)).toBe('article');
  expect(bag.hasErrors).toBe(false);
  expect(draft?.title).toBeTruthy();
  expect(draft?.paperTitle).toBeTruthy();
  expect(draft?.authors?.length).toBeGreaterThan(0);
  for (const author of draft?.authors ?? []) expect(author.split(' ').length).toBeGreaterThanOrEqual(2);
  expect(draft?.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(draft?.arxivVersion).toBeGreaterThanOrEqual(1);
  // As many categories as the Subjects line names, and as many key points as check-mark lines.
  const subjects = /^Subjects:(.*)$/m.exec(text)?.[1] ?? '';
  expect(draft?.categories).toHaveLength(subjects.split(';').length);
  expect(draft?.keyPoints).toHaveLength(text.match(/^✔/gmu)?.length ?? 0);
  expect(body.length).toBeGreaterThan(200);
  expect(body).not.toMatch(BOILERPLATE);
}

describe('AI-SCHOLAR articles of our own', () => {
  it('are here to read', () => {
    expect(articles(ourDir).length).toBeGreaterThanOrEqual(3);
  });
  it.each(articles(ourDir))('reads %s completely and cleanly', (name) => expectCompleteArticle(join(ourDir, name), name));
});

describe.skipIf(corpus.length === 0)(
  `AI-SCHOLAR corpus B${corpus.length > 0 ? '' : ' (skipped: ../shared/corpus/real/B is not here)'}`,
  () => {
    it.each(corpus)('reads %s completely and cleanly', (name) => {
      expectCompleteArticle(join(corpusDir, name), name);
    });

    const freeWill = 'ai-scholar_automl_Problem_Learning.v1.txt';
    it.skipIf(!corpus.includes(freeWill))('reads a single-version article with one author and a lowercase heading', () => {
      const { draft, body } = parseFile(join(corpusDir, freeWill));
      expect(draft).toMatchObject({
        title: "To The Machine's Acquisition Of Free Will.",
        paperTitle: 'Problem Learning: Towards the Free Will of Machines',
        authors: ['Yongfeng Zhang'],
        published: '2021-09-01',
        arxivVersion: 1,
        categories: ['cs.AI', 'cs.CL', 'cs.CV', 'cs.IR', 'cs.LG'],
      });
      expect(draft?.updated).toBeUndefined();
      expect(draft?.domains).toBeUndefined();
      expect(body.startsWith('## first of all\n\n')).toBe(true);
    });
  },
);
