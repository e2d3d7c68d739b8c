/**
 * Resolves git conflict blocks that were committed unresolved:
 *
 *     <<<<<<< HEAD          (ours)
 *     …
 *     ||||||| base          (optional, diff3 style: dropped)
 *     =======
 *     …                     (theirs)
 *     >>>>>>> 1c05e1c…
 *
 * One whole side is kept, never a mix: "ours" by default (what the branch had), "theirs" when ours
 * is empty or clearly cut short (an unclosed code fence, `$$` or HTML block that theirs closes, or
 * only some of theirs's headings). A `=======` line is a separator only between `<<<<<<<` and
 * `>>>>>>>`; elsewhere it is a Markdown setext underline and is left alone, as is any block
 * without both a separator and a closing marker.
 */

export interface MergeConflict {
  /** 1-based line of the `<<<<<<<` marker in the input. */
  line: number;
  kept: 'ours' | 'theirs';
}

export interface MergeResolution {
  text: string;
  conflicts: MergeConflict[];
}

const START = /^<{7}(?:[ \t]|$)/;
const BASE = /^\|{7}(?:[ \t]|$)/;
const SEPARATOR = /^={7}[ \t]*$/;
const END = /^>{7}(?:[ \t]|$)/;

export function resolveMergeMarkers(text: string): MergeResolution {
  // Each piece keeps its own line end, so CRLF files stay CRLF.
  const lines = text.split(/(?<=\n)/);
  const bare = lines.map((line) => line.replace(/\r?\n$/, ''));
  const conflicts: MergeConflict[] = [];
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const block = START.test(bare[i] ?? '') ? readBlock(bare, i) : null;
    if (!block) {
      out.push(lines[i] ?? '');
      i++;
      continue;
    }
    const ours = lines.slice(i + 1, block.oursEnd);
    const theirs = lines.slice(block.separator + 1, block.end);
    const kept = isCutShort(ours, theirs) ? 'theirs' : 'ours';
    out.push(...(kept === 'ours' ? ours : theirs));
    conflicts.push({ line: i + 1, kept });
    i = block.end + 1;
  }
  return { text: out.join(''), conflicts };
}

interface Block {
  /** Index just after ours: the base or separator marker. */
  oursEnd: number;
  separator: number;
  end: number;
}

function readBlock(bare: readonly string[], start: number): Block | null {
  let oursEnd = -1;
  let separator = -1;
  for (let j = start + 1; j < bare.length; j++) {
    const line = bare[j] ?? '';
    if (START.test(line)) return null; // nested or a second opener: not a block git wrote
    if (separator < 0 && oursEnd < 0 && BASE.test(line)) oursEnd = j;
    else if (separator < 0 && SEPARATOR.test(line)) {
      separator = j;
      if (oursEnd < 0) oursEnd = j;
    } else if (END.test(line)) {
      return separator < 0 ? null : { oursEnd, separator, end: j };
    }
  }
  return null;
}

function isCutShort(ours: readonly string[], theirs: readonly string[]): boolean {
  const oursText = ours.join('');
  const theirsText = theirs.join('');
  if (theirsText.trim() === '') return false;
  if (oursText.trim() === '') return true;
  if (hasUnclosedBlock(oursText) && !hasUnclosedBlock(theirsText)) return true;
  const oursHeadings = headings(oursText);
  const theirsHeadings = headings(theirsText);
  return oursHeadings.size < theirsHeadings.size && [...oursHeadings].every((h) => theirsHeadings.has(h));
}

function hasUnclosedBlock(markdown: string): boolean {
  const count = (pattern: RegExp): number => markdown.match(pattern)?.length ?? 0;
  return (
    count(/^[ ]{0,3}(?:`{3,}|~{3,})/gm) % 2 === 1 ||
    count(/\$\$/g) % 2 === 1 ||
    count(/<div\b/gi) > count(/<\/div>/gi) ||
    count(/<figure\b/gi) > count(/<\/figure>/gi)
  );
}

function headings(markdown: string): Set<string> {
  return new Set(markdown.match(/^#{1,6}[ \t].*$/gm)?.map((h) => h.trim()) ?? []);
}
