import { describe, expect, it } from 'vitest';
import { findMathSpans, repairLatexEscapes } from '@/ingest/repair/latex-escapes';

const repair = (text: string): string => repairLatexEscapes(text).text;

describe('repairLatexEscapes in math', () => {
  it('restores the commands each eaten escape leaves behind', () => {
    expect(repair('a $\x0crac{1}{2}$ b')).toBe('a $\\frac{1}{2}$ b');
    expect(repair('$a \times b$')).toBe('$a \\times b$');
    expect(repair('$\text{sqrt}{n}$')).toBe('$\\text{sqrt}{n}$');
    expect(repair('$\theta + \tau$')).toBe('$\\theta + \\tau$');
    expect(repair('$\x08oldsymbolπ_{0}$')).toBe('$\\boldsymbolπ_{0}$');
    expect(repair('$\x08eta$')).toBe('$\\beta$');
    expect(repair('$x \rightarrow y$')).toBe('$x \\rightarrow y$');
    expect(repair('$\x0bec{v}$')).toBe('$\\vec{v}$');
    expect(repair('$\x07lpha$')).toBe('$\\alpha$');
    expect(repair('$\x1bta$')).toBe('$\\eta$');
  });

  it('repairs every delimiter style: $, $$, \\( and \\[', () => {
    expect(repair('$$\x0crac{a}{b}$$')).toBe('$$\\frac{a}{b}$$');
    expect(repair('\\(\x0crac{a}{b}\\)')).toBe('\\(\\frac{a}{b}\\)');
    expect(repair('\\[\n\x0crac{a}{b}\n\\]')).toBe('\\[\n\\frac{a}{b}\n\\]');
  });

  it('reads a LF inside inline math as an eaten \\n only when it rebuilds a known command', () => {
    expect(repair('grad $f = \nabla g$ here')).toBe('grad $f = \\nabla g$ here');
    expect(repair('$a \neq b$')).toBe('$a \\neq b$');
    expect(repair('$\nu$')).toBe('$\\nu$');
    expect(repair('a wrapped $x +\ny$ formula')).toBe('a wrapped $x +\ny$ formula');
  });

  it('keeps a TAB before letters that make no known command', () => {
    expect(repair('$a\tqq$')).toBe('$a\tqq$');
  });

  it('counts each repair and finds nothing left on a second run', () => {
    const once = repairLatexEscapes('$\x0crac{1}{\text{n}}$ and $\x08ar{x}$');
    expect(once.count).toBe(3);
    expect(repairLatexEscapes(once.text)).toEqual({ text: once.text, count: 0 });
  });

  it('leaves NUL alone, since no TeX command starts with a digit', () => {
    expect(repair('$a\x00b$')).toBe('$a\x00b$');
  });
});

describe('repairLatexEscapes line ends', () => {
  it('keeps CRLF line ends while restoring a lone CR', () => {
    expect(repair('line one\r\n$x \rightarrow y$\r\n')).toBe('line one\r\n$x \\rightarrow y$\r\n');
  });

  it('does not read the LF of a CRLF as an eaten \\n', () => {
    const text = '$$\r\nabla\r\n$$';
    expect(repair(text)).toBe(text);
  });

  it('leaves the CRs of a file whose line ends are all CRs', () => {
    const text = 'first line\rsecond line\r$x$\r';
    expect(repair(text)).toBe(text);
  });
});

describe('repairLatexEscapes in running text', () => {
  it('restores a mid-word TAB that rebuilds a known text command', () => {
    expect(repair('提升了60\text{%}，以及[\texttt{CLS}]')).toBe('提升了60\\text{%}，以及[\\texttt{CLS}]');
  });

  it('keeps TABs that may be indentation or alignment', () => {
    expect(repair('\textra indented line')).toBe('\textra indented line');
    expect(repair('column\t\ttimes')).toBe('column\t\ttimes');
    expect(repair('a \ttimes b')).toBe('a \ttimes b');
  });

  it('restores a lone CR before letters, which is never a line end there', () => {
    expect(repair('通过\renyi散度')).toBe('通过\\renyi散度');
  });

  it('never reads a LF outside math as an eaten escape', () => {
    expect(repair('first\nabla')).toBe('first\nabla');
  });
});

describe('repairLatexEscapes leaves code alone', () => {
  it('skips inline code spans and fenced blocks', () => {
    const text = 'see `$\x0crac$` and\n\n```\n$\x0crac{1}{2}$\n```\n';
    expect(repair(text)).toBe(text);
  });

  it('does not take prices for math', () => {
    const text = 'costs $5 { { and } } $10';
    expect(repair(text)).toBe(text);
  });
});

describe('repairLatexEscapes Jekyll escapes', () => {
  it('undoes "{ {" and "} }" inside math only', () => {
    expect(repair('$^{\\textbf{2} }$')).toBe('$^{\\textbf{2}}$');
    expect(repair('$x_{ {i} }$')).toBe('$x_{{i}}$');
    expect(repair('Liquid { { kept } } outside')).toBe('Liquid { { kept } } outside');
  });

  it('keeps paired \\| as the TeX norm', () => {
    expect(repair('$\\|x\\|_2$')).toBe('$\\|x\\|_2$');
  });

  it('reads an odd \\| as an escaped bar in a file that shows Jekyll escaping', () => {
    expect(repair('$p(x \\| y)$ and ${ {a} }$')).toBe('$p(x | y)$ and ${{a}}$');
  });

  it('keeps a lone \\| as TeX (KL divergence) when nothing else is Jekyll-escaped', () => {
    expect(repair('$D(p \\| q)$')).toBe('$D(p \\| q)$');
  });

  it('keeps \\| in a table row, where GFM needs the escape', () => {
    const row = '| $p(x \\| y)$ | 0.5 |';
    expect(repair(row)).toBe(row);
  });
});

describe('findMathSpans', () => {
  it('finds each kind of formula with its delimiter', () => {
    const text = 'a $x$ b $$y$$ c \\(z\\) d \\[w\\]';
    expect(findMathSpans(text).map((s) => [s.delimiter, text.slice(s.contentStart, s.contentEnd)])).toEqual([
      ['$', 'x'],
      ['$$', 'y'],
      ['\\(', 'z'],
      ['\\[', 'w'],
    ]);
  });

  it('ignores escaped dollars, code spans and formulas that would cross a blank line', () => {
    expect(findMathSpans('\\$5 and `$x$` and $open\n\nclose$')).toEqual([]);
  });

  it('reads back-to-back formulas separately', () => {
    const text = '$\\textbf{DA}$$^{2}$';
    expect(findMathSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['$\\textbf{DA}$', '$^{2}$']);
  });
});
