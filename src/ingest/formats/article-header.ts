/**
 * Reads the head of an AI-SCHOLAR article: its own title, topic line, "3 main points",
 * then the paper's title, the "written by" byline and the arXiv metadata lines below it.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { PaperDraft } from '../schema.ts';
import { splitAuthors } from './article-authors.ts';
import { readMetaLine } from './article-meta.ts';

export interface ArticleHeader {
  draft: PaperDraft;
  /** Index of the first line after the header. */
  bodyStart: number;
  /** Whether glued author names were split. */
  unglued: boolean;
  /** Index of the "written by" line, -1 when there is none. */
  bylineIndex: number;
}

export const SITE_BANNER = /^Catch up on the latest AI articles\.?$/i;
export const MAIN_POINTS = /^(?:3|three)\s+main\s+points:?$/i;
export const BYLINE = /^written\s+by\b:?\s*(.*)$/i;
const CHECK_MARK = /^[✔✓☑✅]\uFE0F?\s*/u;
// Only this many lines are searched for the header, so a body sentence never passes for a byline.
const HEADER_REACH = 60;

/** The line with typographic spaces (NBSP, thin spaces) made plain and the ends trimmed. */
export function plainLine(line: string | undefined): string {
  return (line ?? '').replace(/[\u00A0\u2000-\u200B\u202F\u3000]/g, ' ').trim();
}

export function findLine(lines: readonly string[], pattern: RegExp, from = 0): number {
  for (let i = from; i < Math.min(lines.length, HEADER_REACH); i++) if (pattern.test(plainLine(lines[i]))) return i;
  return -1;
}

function nonBlank(lines: readonly string[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = from; i < to; i++) if (plainLine(lines[i])) found.push(i);
  return found;
}

/** Key points start with a check mark; an unmarked line continues the point above it. */
function readKeyPoints(lines: readonly string[], indexes: number[]): string[] {
  const points: string[] = [];
  for (const i of indexes) {
    const line = plainLine(lines[i]);
    if (CHECK_MARK.test(line) || points.length === 0) points.push(line.replace(CHECK_MARK, ''));
    else points[points.length - 1] += ` ${line}`;
  }
  return points.filter(Boolean);
}

/** Reads the metadata lines after the byline; returns the index where the body starts. */
function readMeta(lines: readonly string[], from: number, draft: PaperDraft, bag: DiagnosticBag): number {
  let i = from;
  for (; i < lines.length; i++) {
    const line = plainLine(lines[i]);
    if (!line) continue;
    const result = readMetaLine(line);
    if (!result) break;
    if ('problem' in result) {
      bag.warning('article-bad-date', `the submission line: ${result.problem}`, {
        line: i + 1,
        hint: 'Write it as arXiv does: "(Submitted on 28 Apr 2023 (v1))".',
      });
      continue;
    }
    const { codeLinks, ...fields } = result.fields;
    Object.assign(draft, fields);
    if (codeLinks) draft.codeLinks = [...(draft.codeLinks ?? []), ...codeLinks];
  }
  return i;
}

/** Reads the header; null when the text has neither "3 main points" nor a "written by" byline. */
export function readArticleHeader(lines: readonly string[], bag: DiagnosticBag): ArticleHeader | null {
  const mainPoints = findLine(lines, MAIN_POINTS);
  const byline = findLine(lines, BYLINE, Math.max(mainPoints, 0));
  if (mainPoints < 0 && byline < 0) return null;

  const draft: PaperDraft = {};
  const start = findLine(lines, SITE_BANNER) + 1;
  // The paper's own title is the line right above the byline (skipping blanks), unless that is a key point.
  const aboveByline = byline >= 0 ? nonBlank(lines, Math.max(mainPoints + 1, start), byline).pop() : undefined;
  const paperTitleLine = aboveByline !== undefined && !CHECK_MARK.test(plainLine(lines[aboveByline])) ? aboveByline : undefined;
  const headEnd = mainPoints >= 0 ? mainPoints : (paperTitleLine ?? byline);
  const [titleLine, ...topicLines] = nonBlank(lines, start, headEnd);

  const title = plainLine(lines[titleLine ?? paperTitleLine ?? -1]);
  if (title) draft.title = title;
  // Some copies repeat the title where the topic goes; a repeat is not a topic.
  const topics = topicLines.map((i) => plainLine(lines[i])).filter((topic) => topic !== title);
  if (topics.length > 0) draft.domains = topics;

  if (mainPoints >= 0) {
    const pointsEnd = paperTitleLine ?? nextBlankAfterPoints(lines, mainPoints + 1);
    draft.keyPoints = readKeyPoints(lines, nonBlank(lines, mainPoints + 1, pointsEnd));
    if (draft.keyPoints.length === 0) {
      bag.warning('article-no-key-points', '"3 main points" is not followed by any points', { line: mainPoints + 1 });
    }
  } else {
    bag.warning('article-no-key-points', 'the article has no "3 main points" list', {
      hint: 'Add "3 main points" with one ✔️ line per point below the title.',
    });
  }

  let bodyStart = mainPoints >= 0 ? nextBlankAfterPoints(lines, mainPoints + 1) : headEnd;
  let unglued = false;
  if (byline >= 0) {
    if (paperTitleLine !== undefined && titleLine !== undefined) draft.paperTitle = plainLine(lines[paperTitleLine]);
    const authors = splitAuthors(BYLINE.exec(plainLine(lines[byline]))?.[1] ?? '');
    draft.authors = authors.names;
    unglued = authors.unglued;
    bodyStart = readMeta(lines, byline + 1, draft, bag);
  } else {
    bag.warning('article-no-byline', 'no "written by" line, so the paper\'s title and authors are unknown', {
      hint: 'Add the paper\'s title, then "written by" and the authors, below the main points.',
    });
  }
  return { draft, bodyStart, unglued, bylineIndex: byline };
}

/** Index of the first blank line after the key points (or the end of the text). */
function nextBlankAfterPoints(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && plainLine(lines[i]) === '') i++;
  while (i < lines.length && plainLine(lines[i]) !== '') i++;
  return i;
}
