import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/markdown/render';

const rendered = (markdown: string) => renderMarkdown(markdown);
/** The visible text KaTeX drew, without its MathML copy. */
const visible = (html: string) =>
  html
    .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

describe('MathJax-compatible macros', () => {
  it('renders \\unicode as the character it names, in hex or decimal', () => {
    for (const formula of ['$a\\unicode{x2014}b$', '$a\\unicode{8212}b$', '$a\\unicode[Arial]{x2014}b$']) {
      const { html, mathErrors } = rendered(formula);
      expect(mathErrors).toEqual([]);
      expect(visible(html)).toBe('a—b');
    }
  });

  it('reports an unreadable \\unicode argument instead of guessing', () => {
    expect(rendered('$\\unicode{zz}$').mathErrors).toHaveLength(1);
  });

  it('defines \\Bar and the macros papers use without defining them', () => {
    for (const formula of [
      '$\\Bar{x}$',
      '$T \\in \\SE(3)$',
      '$\\so(3)$',
      '$\\E[x]$',
      '$\\norm{x}_2$',
      '$\\Tr(A)$',
      '$\\mathbbm{1}$',
      '$\\KL$',
    ]) {
      expect(rendered(formula).mathErrors, formula).toEqual([]);
    }
    expect(visible(rendered('$\\SE(3)$').html)).toBe('SE(3)');
  });

  it("keeps a formula's own \\gdef inside that formula", () => {
    expect(rendered('$\\gdef\\lichen{y}\\lichen$').mathErrors).toEqual([]);
    expect(rendered('$\\lichen$').mathErrors).toHaveLength(1);
  });

  it('names the formula of a broken display block too', () => {
    expect(rendered('text\n\n$$\n\\frac{a}{b} + \\lichen{x}\n$$\n').mathErrors[0]?.formula).toBe('\\frac{a}{b} + \\lichen{x}');
  });

  it("still reports an author's own undefined macro, with the formula", () => {
    expect(rendered('text $\\lichenscore(x)$ more').mathErrors).toEqual([
      { reason: expect.stringContaining('Undefined control sequence: \\lichenscore'), formula: '\\lichenscore(x)' },
    ]);
  });
});

describe('KaTeX warnings', () => {
  it('are collected per fragment instead of printed', () => {
    const printed: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => printed.push(args);
    try {
      const { mathWarnings } = rendered('$\\text{ε}$');
      expect(mathWarnings).toEqual([expect.stringContaining("No character metrics for 'ε'")]);
    } finally {
      console.warn = warn;
    }
    expect(printed).toEqual([]);
  });
});
