/**
 * Formulas damaged the ways real digest archives damage them, one list per kind, in our own
 * writing, for the synthetic corpus (`formulaDamage`) and the formula benchmark. Each entry is
 * Markdown as it would sit in a summary's text: inline formulas, or a display line of its own.
 */
export interface DamagedFormula {
  kind: string;
  markdown: string;
  /** Whether a reader could mend it: false for an author's own undefined macro. */
  mendable: boolean;
}

const mendable = (kind: string, ...markdown: string[]): DamagedFormula[] => markdown.map((m) => ({ kind, markdown: m, mendable: true }));

export const DAMAGED_FORMULAS: readonly DamagedFormula[] = [
  ...mendable('percent', '准确率达到 $\\textbf{12.5% }$', '误差降低 $3.2\\text{ % }$ 左右', '$acc = 91%, \\; \\text{recall} = 88%$'),
  ...mendable('unicode', '$a \\unicode{x2014} b$', '$\\text{A}\\unicode{8212}\\text{B}$', '$x \\unicode{x2192} y$'),
  ...mendable('mathjax-bar', '$\\Bar{x}_t = \\frac{1}{T}\\sum_t x_t$', '$\\Bar{\\alpha}$'),
  ...mendable('stray-brace', '$x_{t}} + 1$', '$\\{a, b} \\subset S$', '$f(x)}$'),
  ...mendable('text-bar', '$\\text{p(y \\| x)}$', '$\\mathrm{KL}(\\text{P \\| Q})$'),
  ...mendable('adjacent-formulas', '我们提出 $\\textbf{AB}$$^{\\textbf{3}}$ 方法', '$\\mathcal{M}$$_{\\theta}$ 模型'),
  ...mendable('undefined-common', '$T \\in \\SE(3)$', '$\\E[x] = \\mu$', '$\\norm{x - y}_2$', '$\\Tr(A^\\top A)$', '$R \\in \\SO(3)$'),
  ...mendable('prose-text', '提升了 40\\text{%} 和 70\\text{%}'),
  ...mendable('display-pair', '\n\n$$a = 1$$ $$b = a + 1$$\n\n'),
];

/** An author's own macro: no machine can know what it means. */
export const UNDEFINED_FORMULAS: readonly DamagedFormula[] = [
  { kind: 'own-macro', markdown: '$\\myalgo(x)$', mendable: false },
  { kind: 'own-macro', markdown: '$\\ourloss_{\\theta}$', mendable: false },
];
