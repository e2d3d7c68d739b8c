import { describe, expect, it } from 'vitest';
import { containsMath, repairMathDelimiters } from '@/ingest/repair/math-delimiters';

describe('repairMathDelimiters', () => {
  it('turns a line holding only $$…$$ into a display block', () => {
    expect(repairMathDelimiters('before\n$$E = mc^2$$\nafter')).toEqual({ text: 'before\n$$\nE = mc^2\n$$\nafter', count: 1 });
  });

  it('keeps the quote marker on every line of a display block inside a blockquote', () => {
    expect(repairMathDelimiters('> $$a+b$$').text).toBe('> $$\n> a+b\n> $$');
  });

  it('leaves $$…$$ inside running text inline', () => {
    const text = 'the bound $$x$$ holds';
    expect(repairMathDelimiters(text)).toEqual({ text, count: 0 });
  });

  it('rewrites LaTeX \\( \\) and \\[ \\] delimiters as dollars', () => {
    expect(repairMathDelimiters('RRT\\(^{*}\\) and \\[x^2\\]').text).toBe('RRT$^{*}$ and \n$$\nx^2\n$$\n');
  });

  it('is idempotent', () => {
    const once = repairMathDelimiters('$$a$$\ntext \\(b\\)').text;
    expect(repairMathDelimiters(once).text).toBe(once);
  });
});

describe('containsMath', () => {
  it('finds inline and display formulas but not prices', () => {
    expect(containsMath('cost $x^2$')).toBe(true);
    expect(containsMath('$$\nx\n$$')).toBe(true);
    expect(containsMath('costs 5 $ and 6 $')).toBe(false);
    expect(containsMath('plain text')).toBe(false);
  });
});
