import { describe, expect, it } from 'vitest';
import type { Paper } from '@/ingest/schema';
import { paperMetaTags, plainText } from '@/lib/paper-meta';

const paper: Paper = {
  id: '2404.01817',
  arxivVersion: 1,
  title: 'One Step Is Enough: $O(1)$ Sampling',
  paperTitle: 'One Step Is Enough',
  authors: ['Haoran Liu', 'Yuki Sato'],
  categories: ['cs.CV'],
  published: '2024-04-02',
  codeLinks: [],
  takeaway: '**提出轨迹一致性蒸馏。**',
  domains: [],
  keywords: ['扩散模型', 'diffusion'],
  keyPoints: [],
  abstract: { en: 'We propose *TCD*, a [method](https://x.org) with `code` and $t > s$.' },
  sections: { figures: [] },
  hasMath: true,
  source: { path: 'x.md', format: 'digest', variant: 'toolbar', repairs: [], mergedFrom: [] },
};

const values = (tags: ReturnType<typeof paperMetaTags>, key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

describe('paperMetaTags', () => {
  it('gives Highwire tags: the paper’s own title, one author each, slashed dates, arXiv id, PDF and plain abstract', () => {
    const tags = paperMetaTags(paper, new URL('https://shelf.example'), 'Papershelf');
    expect(values(tags, 'citation_title')).toEqual(['One Step Is Enough']);
    expect(values(tags, 'citation_author')).toEqual(['Haoran Liu', 'Yuki Sato']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2024/04/02']);
    expect(values(tags, 'citation_date')).toEqual(['2024/04/02']);
    expect(values(tags, 'citation_arxiv_id')).toEqual(['2404.01817']);
    expect(values(tags, 'citation_pdf_url')).toEqual(['https://arxiv.org/pdf/2404.01817']);
    expect(values(tags, 'citation_abstract')).toEqual(['We propose TCD, a method with code and $t > s$.']);
  });

  it('gives link previews a plain title, the takeaway, the canonical URL and the default image', () => {
    const tags = paperMetaTags(paper, new URL('https://shelf.example'), 'Papershelf');
    expect(values(tags, 'og:title')).toEqual(['One Step Is Enough: O(1) Sampling']);
    expect(values(tags, 'og:description')).toEqual(['提出轨迹一致性蒸馏。']);
    expect(values(tags, 'og:url')).toEqual(['https://shelf.example/papers/2404.01817/']);
    expect(values(tags, 'og:image')).toEqual(['https://shelf.example/og-default.png']);
    expect(values(tags, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('leaves out og:url and gives a root-relative image when SITE_URL is not set', () => {
    const tags = paperMetaTags(paper, undefined, 'Papershelf');
    expect(values(tags, 'og:url')).toEqual([]);
    expect(values(tags, 'og:image')).toEqual(['/og-default.png']);
  });

  it('leaves out arXiv tags and empty values for a hand-written entry', () => {
    const tags = paperMetaTags({ ...paper, id: 'my-notes', published: undefined, authors: [], abstract: {} }, undefined, 'Papershelf');
    for (const key of ['citation_arxiv_id', 'citation_pdf_url', 'citation_date', 'citation_author', 'citation_abstract'])
      expect(values(tags, key)).toEqual([]);
    expect(tags.every((t) => t.content !== '')).toBe(true);
  });
});

describe('plainText', () => {
  it('removes Markdown marks and HTML but keeps formulas as TeX', () => {
    expect(plainText('**Bold** and _em_ <b>x</b> `y`\n $a_b$')).toBe('Bold and em x y $a_b$');
  });
});
