import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairFormulaDamage } from '@/ingest/repair/formula-damage';
import { repairMathDelimiters } from '@/ingest/repair/math-delimiters';
import { readOne } from '@/loader/read-one';
import { renderMarkdown } from '@/markdown/render';

const mend = (text: string) => repairFormulaDamage(text);

describe('repairFormulaDamage', () => {
  it('escapes a % inside math and leaves an escaped one and prose alone', () => {
    expect(mend('up $\\textbf{10.5% }$ and $2.1\\text{ % }$, 40% in prose').text).toBe(
      'up $\\textbf{10.5\\% }$ and $2.1\\text{ \\% }$, 40% in prose',
    );
    expect(mend('$50\\%$').counts).toEqual({});
    expect(mend('$\\\\% comment$').text).toBe('$\\\\\\% comment$');
  });

  it('joins two touching inline formulas that remark-math reads as one holding $$', () => {
    const { text, counts } = mend('we propose $\\textbf{AB}$$^{\\textbf{3}}$: a method');
    expect(text).toBe('we propose $\\textbf{AB}^{\\textbf{3}}$: a method');
    expect(counts).toEqual({ 'adjacent-formulas': 1 });
    expect(renderMarkdown(text).mathErrors).toEqual([]);
  });

  it('pairs dollars the way remark-math does, not by Pandoc rules', () => {
    // `$^\circ$180$` must not leave the prose after it inside a formula.
    const text = 'FoV (360$^\\circ\\times$180$^\\circ$), an average 38% gain on DA$^{2}$';
    expect(mend(text)).toEqual({ text, counts: {} });
  });

  it("turns Jekyll's \\| inside \\text{} into a bar and keeps the norm \\| in math", () => {
    expect(mend('$\\text{p(y \\| x)} + \\|v\\|$').text).toBe('$\\text{p(y | x)} + \\|v\\|$');
  });

  it('drops a } that closes nothing, or restores it as \\} after an unclosed \\{', () => {
    expect(mend('$x_{t}} + 1$').text).toBe('$x_{t} + 1$');
    expect(mend('$\\{a, b} \\subset S$').text).toBe('$\\{a, b\\} \\subset S$');
    expect(mend('$\\{a\\}$ and ${x}$').counts).toEqual({});
  });

  it('unwraps \\text{…} of plain text outside any formula', () => {
    expect(mend('提升 60\\text{%} 和 70\\text{%}').text).toBe('提升 60% 和 70%');
    expect(mend('keep `60\\text{%}` in code').counts).toEqual({});
    expect(mend('keep \\text{\\alpha} as it is').counts).toEqual({});
  });

  it('never touches code', () => {
    const text = '```\n$50%$ and $a$$b$\n```\n\n`$x}$`';
    expect(mend(text)).toEqual({ text, counts: {} });
  });
});

describe('repairMathDelimiters with several display formulas on a line', () => {
  it('makes each its own display block', () => {
    expect(repairMathDelimiters('$$a = 1$$ $$b = 2$$').text).toBe('$$\na = 1\n$$\n\n$$\nb = 2\n$$');
  });

  it('leaves two formulas in a sentence inline', () => {
    expect(repairMathDelimiters('$$a$$ and $$b$$').text).toBe('$$a$$ and $$b$$');
  });
});

describe('a digest with every kind of formula damage', () => {
  const path = join(import.meta.dirname, '..', 'fixtures', 'damage', 'formulas.md');

  it('renders every mendable formula, records each repair, and names the line of the one left', async () => {
    const { result } = await readOne('damage/formulas.md', readFileSync(path), '/');
    expect(result.paper?.source.repairs).toEqual(
      expect.arrayContaining([
        'math:percent',
        'math:adjacent-formulas',
        'math:prose-text',
        'math:text-bar',
        'math:stray-brace',
        'math:delimiters',
      ]),
    );
    const broken = result.diagnostics.filter((d) => d.code === 'math-error');
    expect(broken).toHaveLength(1);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[broken[0]!.line! - 1]).toContain('\\lichenscore(x)');
    expect(broken[0]!.message).toContain('"\\lichenscore(x)"');
    expect(broken[0]!.message).toMatch(/^sections\.method: /);
  });
});
