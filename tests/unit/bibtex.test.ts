import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexFile, bibtexKey, bibtexTitle, type BibtexPaper } from '@/shared/bibtex';

const paper: BibtexPaper = {
  id: '2404.01817',
  title: 'One Step Is Enough: Trajectory-Consistent Distillation for Latent Diffusion Models',
  authors: ['Haoran Liu', 'Priya Raghunathan', 'Tobias Kessler', 'Yuki Sato'],
  categories: ['cs.CV', 'cs.LG'],
  published: '2024-04-02',
  arxivVersion: 1,
};

describe('bibtexEntry', () => {
  it('writes an arXiv paper as @misc with eprint, archivePrefix, primaryClass, url, authors and year', () => {
    expect(bibtexEntry(paper)).toBe(
      [
        '@misc{liu2024step,',
        '  title = {One Step Is Enough: {Trajectory-Consistent} Distillation for Latent Diffusion Models},',
        '  author = {Haoran Liu and Priya Raghunathan and Tobias Kessler and Yuki Sato},',
        '  year = {2024},',
        '  eprint = {2404.01817},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CV},',
        '  url = {https://arxiv.org/abs/2404.01817}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('links a paper without an arXiv id by its own URL and leaves out arXiv fields', () => {
    const entry = bibtexEntry({
      id: 'notes-on-rlhf',
      title: 'Notes on RLHF',
      authors: [],
      categories: [],
      url: 'https://example.org/papers/notes-on-rlhf/',
    });
    expect(entry).toContain('url = {https://example.org/papers/notes-on-rlhf/}');
    expect(entry).not.toMatch(/eprint|archivePrefix|primaryClass|author|year/);
    expect(entry.trimEnd().endsWith('}')).toBe(true);
  });

  it('percent-encodes a dollar sign in a URL, where a parser would open a formula', () => {
    const entry = bibtexEntry({ id: 'price-notes', title: 'Prices', authors: [], categories: [], url: 'https://example.org/$5/' });
    expect(entry).toContain('url = {https://example.org/%245/}');
  });

  it('escapes TeX specials in authors and spells braces as commands', () => {
    const entry = bibtexEntry({ ...paper, authors: ['A & B Lab', 'Zoë {Smith}'] });
    expect(entry).toContain('author = {A \\& B Lab and Zoë \\textbraceleft{}Smith\\textbraceright{}}');
  });

  it('keeps an author whose name contains " and " one author', () => {
    expect(bibtexEntry({ ...paper, authors: ['Research and Development Lab', 'Yuki Sato'] })).toContain(
      'author = {{Research and Development Lab} and Yuki Sato}',
    );
  });
});

describe('bibtexTitle', () => {
  it('protects acronyms, inner capitals and formulas from lower-casing', () => {
    expect(bibtexTitle('PassageGraph: Walking Entity Links for Multi-Hop RAG')).toBe(
      '{PassageGraph:} Walking Entity Links for {Multi-Hop} {RAG}',
    );
    expect(bibtexTitle('Scaling $O(n^2)$ attention with GPT-4')).toBe('Scaling {$O(n^2)$} attention with {GPT-4}');
  });

  it('escapes ampersands, percent signs and underscores outside formulas', () => {
    expect(bibtexTitle('Search & rescue at 100% with x_1')).toBe('Search \\& rescue at 100\\% with x\\_1');
  });
});

describe('bibtexKey', () => {
  it('falls back to the id when names and title have no Latin letters', () => {
    expect(bibtexKey({ id: '2401.00001', title: '扩散模型', authors: ['张三'], categories: [] })).toBe('paper240100001');
  });

  it('uses the family name when an author is written "Family, Given"', () => {
    expect(bibtexKey({ ...paper, authors: ['Müller, Anna'] })).toBe('muller2024step');
  });
});

describe('bibtexFile', () => {
  it('gives papers that would share a key distinct keys', () => {
    const file = bibtexFile([paper, { ...paper, id: '2404.01818' }, { ...paper, id: '2404.01819' }]);
    expect(file.match(/@misc\{[^,]+/g)).toEqual(['@misc{liu2024step', '@misc{liu2024stepa', '@misc{liu2024stepb']);
  });
});
