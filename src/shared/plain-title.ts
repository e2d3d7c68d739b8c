/**
 * A title or takeaway with LaTeX as readable plain text, for places that cannot render math:
 * feeds, related-paper links, reasons. `$\alpha$-Divergence for $\mathcal{O}(n^2)$ Search` →
 * "α-Divergence for O(n²) Search". A minimal stand-in: the reader-pages work (#13) owns the full
 * function in this file; its signature stays `plainTitle(text) → string`.
 */

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  infty: '∞',
  times: '×',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  pm: '±',
  in: '∈',
  sum: 'Σ',
  prod: 'Π',
  partial: '∂',
  nabla: '∇',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
};

/** Characters with a Unicode superscript and subscript form, position by position. */
const SCRIPT_BASE = '0123456789+-ni';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿⁱ';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋';

/** `^2`, `^{+}`, `_0` as Unicode super- and subscripts when every character has one; else kept as `^…`. */
function scripts(tex: string): string {
  return tex.replace(
    /([\^_])(?:\{([^{}]*)\}|([^\s{}\\]))/g,
    (_whole, mark: string, group: string | undefined, single: string | undefined) => {
      const text = group ?? single ?? '';
      const table = [...(mark === '^' ? SUPERSCRIPTS : SUBSCRIPTS)];
      const forms = [...text].map((c) => table[SCRIPT_BASE.indexOf(c)]);
      return forms.length > 0 && forms.every(Boolean) ? forms.join('') : `${mark}${text}`;
    },
  );
}

/** One formula's TeX as text: symbols by name, font and text commands unwrapped, braces dropped. */
function texToText(tex: string): string {
  return scripts(
    tex
      .replace(/\\(?:mathcal|mathbb|mathbf|mathrm|mathit|mathsf|boldsymbol|text|textbf|textit|operatorname|emph)\s*\{([^{}]*)\}/g, '$1')
      .replace(/\\([A-Za-z]+)/g, (_whole, name: string) => SYMBOLS[name] ?? name)
      .replace(/\\[,;:! ]/g, ' '),
  )
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function plainTitle(text: string): string {
  return text
    .replace(/\$\$([\s\S]*?)\$\$|\$([^$\n]*)\$/g, (_, display: string | undefined, inline: string | undefined) =>
      texToText(display ?? inline ?? ''),
    )
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
