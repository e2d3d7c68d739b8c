import { describe, expect, it } from 'vitest';
import { plainTitle } from '../../src/shared/plain-title';

describe('plainTitle (stand-in until the reader-pages function lands)', () => {
  it('turns inline math into readable text', () => {
    expect(plainTitle('$\\alpha$-Divergence for $\\mathcal{O}(n^2)$ Search')).toBe('α-Divergence for O(n²) Search');
    expect(plainTitle('PPO$^+$: Variance-Reduced $x_{0}$')).toBe('PPO⁺: Variance-Reduced x₀');
    expect(plainTitle('$x^{ab}$')).toBe('x^ab');
  });

  it('drops tags and emphasis marks', () => {
    expect(plainTitle('**Bold** <b>tag</b> `code`')).toBe('Bold tag code');
  });
});
