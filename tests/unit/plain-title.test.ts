import { describe, expect, it } from 'vitest';
import { plainTitle, texToText } from '../../src/shared/plain-title';

describe('plainTitle', () => {
  it('raises superscripts with Unicode', () => {
    expect(plainTitle('DA$^{2}$: Depth Anything in Any Direction')).toBe('DA²: Depth Anything in Any Direction');
    expect(plainTitle('PPO$^{+}$: Variance-Reduced Policy Optimization with $k$-Step Mixed Returns')).toBe(
      'PPO⁺: Variance-Reduced Policy Optimization with k-Step Mixed Returns',
    );
  });

  it('turns Greek letters and bold symbols into their characters', () => {
    expect(plainTitle('$\\lambda$-Orthogonality Regularization')).toBe('λ-Orthogonality Regularization');
    expect(plainTitle('Learning $\\boldsymbol\\lambda$ and $\\boldsymbol{\\theta}$')).toBe('Learning λ and θ');
  });

  it('keeps operator names and the spaces around them', () => {
    expect(plainTitle('Sorting in $O(n \\log n)$ time')).toBe('Sorting in O(n log n) time');
  });

  it('writes fractions, roots and scripts readably', () => {
    expect(texToText('\\frac{1}{2}')).toBe('½');
    expect(texToText('\\frac{a+b}{c}')).toBe('(a+b)/c');
    expect(texToText('\\sqrt{d_k}')).toBe('√dₖ');
    expect(texToText('x_{i}^{2}')).toBe('xᵢ²');
    expect(texToText('W^{-1}')).toBe('W⁻¹');
    expect(texToText('A^{\\top}')).toBe('Aᵀ');
    // No subscript "q" in Unicode: fall back to a visible marker instead of dropping it.
    expect(texToText('x_{q}')).toBe('x_q');
    expect(texToText('x_{\\text{max}}')).toBe('xₘₐₓ');
  });

  it('maps calligraphic and blackboard letters', () => {
    expect(plainTitle('$\\mathcal{O}(1)$ memory over $\\mathbb{R}^d$')).toBe('𝒪(1) memory over ℝᵈ');
    expect(texToText('\\mathcal{L}')).toBe('ℒ');
  });

  it('drops spacing and sizing commands and braces', () => {
    expect(texToText('\\left( a \\, b \\right)')).toBe('( a b )');
    expect(texToText('{\\displaystyle x}')).toBe('x');
  });

  it('leaves text without formulas as it is, apart from Markdown marks', () => {
    expect(plainTitle('**Bold** and `code` in [a link](https://x.org)')).toBe('Bold and code in a link');
    expect(plainTitle('扩散模型：一步采样')).toBe('扩散模型：一步采样');
    expect(plainTitle('Costs \\$5')).toBe('Costs $5');
  });

  it('does not read underscores inside formulas as emphasis', () => {
    expect(plainTitle('from $a_i$ to $b_j$ fast')).toBe('from aᵢ to bⱼ fast');
  });

  it('handles display and parenthesised formulas and unknown commands', () => {
    expect(plainTitle('$$E=mc^2$$')).toBe('E=mc²');
    expect(plainTitle('\\(\\alpha\\)-divergence')).toBe('α-divergence');
    expect(texToText('\\unknowncommand x')).toBe('unknowncommand x');
  });

  it('never throws on unbalanced input', () => {
    expect(() => plainTitle('$\\frac{a$ and $^$ and ${')).not.toThrow();
  });
});

describe('texToText', () => {
  it('separates operator names from the letters around them, as TeX spaces them', () => {
    expect(texToText('n\\log n')).toBe('n log n');
    expect(texToText('\\max_{i} x_i')).toBe('maxᵢ xᵢ');
    expect(texToText('\\log(x)')).toBe('log(x)');
    expect(texToText('\\alpha \\beta')).toBe('αβ');
  });
});

describe('plainTitle: what feeds and related links rely on', () => {
  it('turns inline math into readable text', () => {
    expect(plainTitle('$\\alpha$-Divergence for $\\mathcal{O}(n^2)$ Search')).toBe('α-Divergence for 𝒪(n²) Search');
    expect(plainTitle('PPO$^+$: Variance-Reduced $x_{0}$')).toBe('PPO⁺: Variance-Reduced x₀');
    expect(plainTitle('$x^{ab}$')).toBe('xᵃᵇ');
  });

  it('drops tags and emphasis marks', () => {
    expect(plainTitle('**Bold** <b>tag</b> `code`')).toBe('Bold tag code');
  });
});
