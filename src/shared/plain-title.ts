/**
 * A title or takeaway with LaTeX as readable plain text, for places that cannot render math:
 * feeds, related-paper links, reasons. `$\alpha$-Divergence for $\mathcal{O}(n^2)$ Search` →
 * "α-Divergence for O(n^2) Search". A minimal stand-in: the reader-pages work (#13) owns the full
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

/** One formula's TeX as text: symbols by name, font and text commands unwrapped, braces dropped. */
function texToText(tex: string): string {
  return tex
    .replace(/\\(?:mathcal|mathbb|mathbf|mathrm|mathit|mathsf|boldsymbol|text|textbf|textit|operatorname|emph)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (whole, name: string) => SYMBOLS[name] ?? name)
    .replace(/\\[,;:! ]/g, ' ')
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
