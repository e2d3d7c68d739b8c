/**
 * Splits an AI-SCHOLAR byline into author names. The site's copy loses the separators, so
 * "Rylan SchaefferBrando MirandaSanmi Koyejo" arrives as one string.
 *
 * Heuristic (and its limits): a glued boundary is a lowercase letter directly followed by an
 * uppercase one, where the text from that capital to the next space is a plain capitalised word
 * ("Brando") or an initial ("J."), and the word before it is not a surname prefix (Mc, Mac, De, Le,
 * Van…). Among such boundaries we keep the largest set that leaves every piece with at least two
 * words. So "John McDonaldJane Doe" and "Yann LeCunAnn Lee" split right, "DeepMind" never splits
 * (its tail "MindJohn" is not a plain word), and a lone "Yann LeCun" stays whole. It cannot split
 * names that end in a capital ("Smith IIIJane Doe"), single-word names ("PlatoAnn Lee"), a next
 * name starting with a lowercase particle ("Ann Leevan der Berg"), caseless scripts (Chinese
 * characters), or a surname prefix missing from the list ("Ann AbuBakr Lee" would split).
 */

const SURNAME_PREFIXES = new Set('mc mac fitz de del della di da du la le van von ten ter st o'.split(' '));
const SEPARATORS = /\s*(?:[,;，、；&]|\band\b)\s*/u;
const PLAIN_WORD = /^\p{Lu}(?:\p{Ll}+(?:['’-]\p{L}+)*|\.)$/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Offsets where one glued name may end and the next begin. */
function gluedBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!LOWER.test(text[i - 1] ?? '') || !UPPER.test(text[i] ?? '')) continue;
    const nextWord = text.slice(i).split(/\s/, 1)[0] ?? '';
    const previousWord = text.slice(0, i).split(/\s/).pop() ?? '';
    if (PLAIN_WORD.test(nextWord) && !SURNAME_PREFIXES.has(previousWord.toLowerCase())) boundaries.push(i);
  }
  return boundaries;
}

/** Splits one separator-free run of names at the boundaries that leave the most two-word names. */
export function splitGluedNames(text: string): string[] {
  const cuts = [0, ...gluedBoundaries(text), text.length];
  // best[j]: the most pieces text[0, cuts[j]) can make, each of ≥2 words; from[j]: the previous cut.
  const best: number[] = [0];
  const from: number[] = [-1];
  for (let j = 1; j < cuts.length; j++) {
    best[j] = -1;
    from[j] = -1;
    for (let i = 0; i < j; i++) {
      const pieces = best[i] ?? -1;
      if (pieces < 0 || pieces + 1 <= (best[j] ?? -1)) continue;
      if (wordCount(text.slice(cuts[i], cuts[j])) >= 2) {
        best[j] = pieces + 1;
        from[j] = i;
      }
    }
  }
  const last = cuts.length - 1;
  if ((best[last] ?? -1) < 2) return [text.trim()];
  const names: string[] = [];
  for (let j = last; j > 0; j = from[j] ?? 0) names.unshift(text.slice(cuts[from[j] ?? 0], cuts[j]).trim());
  return names;
}

/** Author names from a byline (without "written by"); `unglued` says whether glued names were split. */
export function splitAuthors(byline: string): { names: string[]; unglued: boolean } {
  const runs = byline
    .split(SEPARATORS)
    .map((run) => run.trim())
    .filter(Boolean);
  const names = runs.flatMap(splitGluedNames);
  return { names, unglued: names.length > runs.length };
}
