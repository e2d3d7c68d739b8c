import { describe, expect, it } from 'vitest';
import { shortHash, slugify } from '@/ingest/slug';

describe('slugify', () => {
  it('folds accents, drops formulas and joins words with dashes', () => {
    expect(slugify('Schrödinger Bridges for $\\alpha$-Divergence: A Study', 'x')).toBe('schrodinger-bridges-for-divergence-a-study');
  });

  it('falls back when nothing URL-safe is left', () => {
    expect(slugify('扩散模型综述', 'paper-1234')).toBe('paper-1234');
  });

  it('cuts long titles at a word boundary dash', () => {
    const slug = slugify('word '.repeat(40), 'x');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('shortHash', () => {
  it('is stable and differs for different input', () => {
    expect(shortHash('a/b.md')).toBe(shortHash('a/b.md'));
    expect(shortHash('a/b.md')).not.toBe(shortHash('a/c.md'));
    expect(shortHash('x')).toMatch(/^[0-9a-f]{8}$/);
  });
});
