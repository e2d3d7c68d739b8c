import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/ingest/formats/article';
import { parseCanonical } from '@/ingest/formats/canonical';
import { detectFormat, parserFor } from '@/ingest/formats/detect';
import { parseDigest } from '@/ingest/formats/digest';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

// A digest in the Jekyll style, written for this test: front matter with `layout`, a toolbar-free arXiv line and labels.
const digest = [
  '---',
  'layout: default',
  'title: Sorting Socks with Robots',
  '---',
  '',
  '# Sorting Socks with Robots',
  '',
  '**arXiv**: [2405.00001v1](https://arxiv.org/abs/2405.00001)',
  '',
  '**作者**: Ann Lee',
  '',
  '## 💡 一句话要点',
  '',
  '**机器人也能配袜子**',
  '',
].join('\n');

describe('detectFormat', () => {
  it('reads front matter with schema keys as canonical', () => {
    expect(detectFormat(fixture('canonical/full.md'), 'canonical/full.md')).toBe('canonical');
    expect(detectFormat(fixture('canonical/broken-yaml.md'), 'x.md')).toBe('canonical');
    // So that the canonical parser, not "unknown format", explains the missing closing line.
    expect(detectFormat('---\ntitle: T\nauthors: [Ann Lee]\n\nBody\n', 'x.md')).toBe('canonical');
  });

  it('prefers canonical over digest when a Jekyll header also carries schema keys', () => {
    expect(detectFormat(digest.replace('layout: default', 'layout: default\nauthors: [Ann Lee]'), 'x.md')).toBe('canonical');
  });

  it('reads a Jekyll page with digest labels as a digest', () => {
    expect(detectFormat(digest, 'digest/2405.00001.md')).toBe('digest');
  });

  it('reads AI-SCHOLAR plain text as an article, whatever the file is called', () => {
    expect(detectFormat(fixture('article/full.txt'), 'articles/a.txt')).toBe('article');
    expect(detectFormat(fixture('article/no-byline.txt'), 'articles/b.md')).toBe('article');
  });

  it('returns null for text in none of the formats', () => {
    expect(detectFormat('Just some notes.\n\nNothing to see.\n', 'notes.txt')).toBeNull();
    expect(detectFormat('---\nlayout: default\ntitle: A page\n---\n\nHello.\n', 'page.md')).toBeNull();
    expect(detectFormat('', 'empty.md')).toBeNull();
  });
});

describe('parserFor', () => {
  it('hands each format its own parser', () => {
    expect(parserFor('canonical')).toBe(parseCanonical);
    expect(parserFor('digest')).toBe(parseDigest);
    expect(parserFor('article')).toBe(parseArticle);
  });
});
