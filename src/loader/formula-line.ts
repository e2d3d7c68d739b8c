/**
 * Finds the line of a summary file a formula came from, so a formula KaTeX cannot render is
 * reported as `file:line`. Fields reach the renderer trimmed, unquoted and repaired, so the
 * formula is looked up as written, then by its longest line, then by its first 24 characters.
 */
export function lineOfFormula(texts: readonly string[], formula: string): number | undefined {
  const longest = formula.split('\n').reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
  const probes = [formula, longest, longest.slice(0, 24)].filter((probe) => probe.length >= 2);
  for (const probe of probes) {
    for (const text of texts) {
      const at = text.indexOf(probe);
      if (at >= 0) return countLines(text, at);
    }
  }
  return undefined;
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
