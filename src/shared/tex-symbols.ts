/** TeX commands and scripts as Unicode, for plain-title.ts: Greek, operators, arrows, relations, alphabets. */

const GREEK =
  'alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ vartheta ϑ iota ι kappa κ lambda λ mu μ nu ν xi ξ pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς tau τ upsilon υ phi ϕ varphi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω';
const OTHERS =
  'times × cdot · cdots ⋯ ldots … dots … pm ± mp ∓ div ÷ leq ≤ le ≤ geq ≥ ge ≥ neq ≠ ne ≠ approx ≈ sim ∼ simeq ≃ equiv ≡ propto ∝ ll ≪ gg ≫ infty ∞ partial ∂ nabla ∇ sum ∑ prod ∏ int ∫ oint ∮ in ∈ notin ∉ ni ∋ subset ⊂ subseteq ⊆ supset ⊃ supseteq ⊇ cup ∪ cap ∩ setminus ∖ emptyset ∅ varnothing ∅ forall ∀ exists ∃ neg ¬ land ∧ wedge ∧ lor ∨ vee ∨ oplus ⊕ otimes ⊗ circ ∘ bullet • star ⋆ ast ∗ dagger † top ⊤ bot ⊥ perp ⊥ parallel ∥ mid | vert | Vert ‖ to → rightarrow → leftarrow ← gets ← leftrightarrow ↔ Rightarrow ⇒ Leftarrow ⇐ Leftrightarrow ⇔ iff ⇔ implies ⟹ mapsto ↦ uparrow ↑ downarrow ↓ langle ⟨ rangle ⟩ lceil ⌈ rceil ⌉ lfloor ⌊ rfloor ⌋ ell ℓ hbar ℏ Re ℜ Im ℑ aleph ℵ prime ′ degree ° angle ∠ triangle △ square □ checkmark ✓ lbrace { rbrace } colon : vdots ⋮ ddots ⋱ sqcup ⊔ odot ⊙ intercal ⊺ transpose ⊤';
const OPERATORS =
  'log ln exp sin cos tan sec csc cot arcsin arccos arctan sinh cosh tanh max min sup inf lim det dim ker arg deg gcd Pr mod argmax argmin softmax';

function pairs(list: string): Record<string, string> {
  const words = list.split(' ');
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < words.length; i += 2) map[words[i]!] = words[i + 1]!;
  return map;
}

export const SYMBOLS: Record<string, string> = {
  ...pairs(GREEK),
  ...pairs(OTHERS),
  ...Object.fromEntries(OPERATORS.split(' ').map((name) => [name, name])),
};

const SUPERSCRIPT: Record<string, string> = pairs(
  '0 ⁰ 1 ¹ 2 ² 3 ³ 4 ⁴ 5 ⁵ 6 ⁶ 7 ⁷ 8 ⁸ 9 ⁹ + ⁺ - ⁻ − ⁻ = ⁼ ( ⁽ ) ⁾ a ᵃ b ᵇ c ᶜ d ᵈ e ᵉ f ᶠ g ᵍ h ʰ i ⁱ j ʲ k ᵏ l ˡ m ᵐ n ⁿ o ᵒ p ᵖ r ʳ s ˢ t ᵗ u ᵘ v ᵛ w ʷ x ˣ y ʸ z ᶻ A ᴬ B ᴮ D ᴰ E ᴱ G ᴳ H ᴴ I ᴵ J ᴶ K ᴷ L ᴸ M ᴹ N ᴺ O ᴼ P ᴾ R ᴿ T ᵀ U ᵁ V ⱽ W ᵂ ⊤ ᵀ β ᵝ γ ᵞ δ ᵟ θ ᶿ φ ᵠ χ ᵡ',
);
const SUBSCRIPT: Record<string, string> = pairs(
  '0 ₀ 1 ₁ 2 ₂ 3 ₃ 4 ₄ 5 ₅ 6 ₆ 7 ₇ 8 ₈ 9 ₉ + ₊ - ₋ − ₋ = ₌ ( ₍ ) ₎ a ₐ e ₑ h ₕ i ᵢ j ⱼ k ₖ l ₗ m ₘ n ₙ o ₒ p ₚ r ᵣ s ₛ t ₜ u ᵤ v ᵥ x ₓ β ᵦ γ ᵧ ρ ᵨ φ ᵩ χ ᵪ',
);
// Superscript stars and primes stay as themselves: `x^*`, `f^{\prime}`.
SUPERSCRIPT['*'] = '*';
SUPERSCRIPT['∗'] = '*';
SUPERSCRIPT['′'] = '′';
SUPERSCRIPT['†'] = '†';

/** `text` raised or lowered with Unicode's script characters, or undefined when one is missing. */
export function toScript(kind: '^' | '_', text: string): string | undefined {
  const table = kind === '^' ? SUPERSCRIPT : SUBSCRIPT;
  let out = '';
  for (const char of text.replace(/\s+/g, '')) {
    const mapped = table[char];
    if (mapped === undefined) return undefined;
    out += mapped;
  }
  return out || undefined;
}

// Letters that have their own code point outside the Mathematical Alphanumeric block.
const HOLES: Record<string, Record<string, string>> = {
  mathcal: pairs('B ℬ E ℰ F ℱ H ℋ I ℐ L ℒ M ℳ R ℛ e ℯ g ℊ o ℴ'),
  mathbb: pairs('C ℂ H ℍ N ℕ P ℙ Q ℚ R ℝ Z ℤ'),
  mathfrak: pairs('C ℭ H ℌ I ℑ R ℜ Z ℨ'),
};
const ALPHABET_START: Record<string, number> = { mathcal: 0x1d49c, mathbb: 0x1d538, mathfrak: 0x1d504 };

/** `\mathcal{L}` → ℒ, `\mathbb{R}` → ℝ: capital (and small) Latin letters in the named alphabet; others unchanged. */
export function scriptLetters(command: string, text: string): string {
  const alphabet = command === 'mathscr' ? 'mathcal' : command;
  const start = ALPHABET_START[alphabet];
  if (start === undefined) return text;
  return [...text]
    .map((char) => {
      const hole = HOLES[alphabet]?.[char];
      if (hole) return hole;
      const code = char.charCodeAt(0);
      if (code >= 65 && code <= 90) return String.fromCodePoint(start + code - 65);
      if (code >= 97 && code <= 122) return String.fromCodePoint(start + 26 + code - 97);
      return char;
    })
    .join('');
}
