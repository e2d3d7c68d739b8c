/**
 * Turns the plain-text body of an AI-SCHOLAR article into Markdown: headings, ordered lists,
 * display formulas on their own lines, and the site's boilerplate left out.
 */

const IMAGES_NOTE = /^The images used in this article are from the paper\b/i;
const FOOTER_START = /^If you have any suggestions for improvement of the content of the article\b/i;
const FOOTER_LINE = /^(?:please contact the AI-SCHOLAR editorial team\b.*|Contact Us\.?)$/i;
const NUMBERED_ITEM = /^[ \t]+(\d{1,3})[.)][ \t]+(\S.*)$/;
const BULLET_ITEM = /^[ \t]*[•・●▪‣◦][ \t]*(\S.*)$/u;
const ONE_LINE_DISPLAY = /^\$\$(?!\$)(.+?)\$\$$/;
const BRACKET_DISPLAY = /^\\\[(.+)\\\]$/;
const TEX_COMMAND = /\\[A-Za-z]+/g;
const CAPTION = /^(?:fig(?:ure)?|table|tab)\.?\s*\d/i;
const HEADING_MAX_LENGTH = 80;
const HEADING_MAX_WORDS = 12;

/**
 * A bare formula: `$$…$$` or `\[…\]` on one line, or a line of TeX without dollars (several
 * commands and hardly any plain words, e.g. `\operatorname{Score}(x) = \frac{…}{…}`).
 */
export function displayFormula(line: string): string | undefined {
  const text = line.trim();
  const delimited = ONE_LINE_DISPLAY.exec(text) ?? BRACKET_DISPLAY.exec(text);
  if (delimited?.[1] && !delimited[1].includes('$$')) return delimited[1].trim();
  if (text.includes('$') || (text.match(TEX_COMMAND) ?? []).length < 2) return undefined;
  const tokens = text.split(/\s+/);
  const plainWords = tokens.filter((token) => /^[A-Za-z][a-z]*[,.;:]?$/.test(token)).length;
  return text.startsWith('\\') || plainWords / tokens.length < 0.3 ? text : undefined;
}

/** A short line of its own with no final punctuation, not a list item, caption or formula. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return (
    /\p{L}/u.test(text) &&
    text.length <= HEADING_MAX_LENGTH &&
    text.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !/[.,:;!?…。，：；！？、]$/u.test(text) &&
    !NUMBERED_ITEM.test(line) &&
    !BULLET_ITEM.test(line) &&
    !/^\d+[.)]\s/.test(text) &&
    !CAPTION.test(text) &&
    displayFormula(text) === undefined
  );
}

/** Keeps plain text from being read as Markdown block syntax (headings, quotes, rules). */
export function escapeLine(line: string): string {
  const text = line.trim();
  if (/^(?:[-*_][ \t]*){3,}$/.test(text) || /^=+$/.test(text)) return `\\${text}`;
  return text.replace(/^([#>])/, '\\$1');
}

/** Everything before the site's footer ("If you have any suggestions…", "Contact Us"). */
function withoutFooter(lines: readonly string[]): readonly string[] {
  let end = lines.length;
  const footer = lines.findLastIndex((line) => FOOTER_START.test(line.trim()));
  if (footer >= 0) end = footer;
  while (end > 0 && (lines[end - 1]?.trim() === '' || FOOTER_LINE.test(lines[end - 1]?.trim() ?? ''))) end--;
  return lines.slice(0, end);
}

/** Markdown blocks for one run of non-blank lines. */
function renderRun(run: readonly string[]): string[] {
  const only = run[0];
  if (run.length === 1 && only !== undefined && isHeading(only)) return [`## ${escapeLine(only)}`];
  const blocks: string[] = [];
  let current: string[] = [];
  let kind: 'paragraph' | 'list' | undefined;
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join('\n'));
    current = [];
    kind = undefined;
  };
  for (const line of run) {
    const formula = displayFormula(line);
    const numbered = NUMBERED_ITEM.exec(line);
    const bullet = BULLET_ITEM.exec(line);
    if (formula !== undefined) {
      flush();
      blocks.push(`$$\n${formula}\n$$`);
    } else if (numbered || bullet) {
      if (kind !== 'list') flush();
      kind = 'list';
      current.push(numbered ? `${numbered[1]}. ${escapeLine(numbered[2] ?? '')}` : `- ${escapeLine(bullet?.[1] ?? '')}`);
    } else if (kind === 'list' && /^[ \t]/.test(line)) {
      // An indented line under a list item continues that item.
      current[current.length - 1] += ` ${line.trim()}`;
    } else {
      if (kind !== 'paragraph') flush();
      kind = 'paragraph';
      current.push(escapeLine(line));
    }
  }
  flush();
  return blocks;
}

/** The article body as Markdown, or undefined when nothing is left once boilerplate is dropped. */
export function articleBodyToMarkdown(lines: readonly string[]): string | undefined {
  const kept = withoutFooter(lines).filter((line) => !IMAGES_NOTE.test(line.trim()));
  const blocks: string[] = [];
  let run: string[] = [];
  for (const line of [...kept, '']) {
    if (line.trim() !== '') run.push(line);
    else if (run.length > 0) {
      blocks.push(...renderRun(run));
      run = [];
    }
  }
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}
