/**
 * Applies the digest's labelled lines (the block under the title and the lines inside the
 * 一句话要点 section) to the draft. Text that is not a known field is kept for `sections.body`.
 */
import { appendText, type DigestContext } from './digest-context.ts';
import {
  matchField,
  readAuthors,
  readCategories,
  readCodeLinks,
  readDates,
  readDoi,
  readDomains,
  readKeywords,
  readTakeaway,
  type FieldLine,
} from './digest-fields.ts';
import { linesToMarkdown, paragraphs, type Line } from './digest-lines.ts';
import { readArxivLineValue } from './digest-toolbar.ts';

const TITLE = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const RULE = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Reads the lines before the first `## ` heading: `# title`, fields, rules. */
export function readHeader(ctx: DigestContext, header: readonly Line[]): void {
  const leftover: Line[] = [];
  for (const line of header) {
    const title = TITLE.exec(line.text);
    if (title?.[1] && !ctx.headingTitle) ctx.headingTitle = { text: title[1], line: line.number };
    else if (RULE.test(line.text)) leftover.push({ ...line, text: '' });
    else if (!applyFieldLine(ctx, line)) leftover.push(line);
  }
  const rest = linesToMarkdown(leftover);
  if (rest) ctx.body.push(rest);
}

/** Applies `line` when it is a known field; false when it is something else. */
export function applyFieldLine(ctx: DigestContext, line: Line): boolean {
  const field = matchField(line.text);
  if (!field?.name) return false;
  if (field.value === '') return true; // an empty field is simply absent
  applyField(ctx, field, line.number);
  return true;
}

function applyField(ctx: DigestContext, field: FieldLine, line: number): void {
  const { draft, bag } = ctx;
  const unreadable = (what: string): void =>
    bag.warning('unreadable-field', `${field.label}: could not read ${what} from "${field.value}"`, { line });
  switch (field.name) {
    case 'arxiv': {
      ctx.hasArxivLine = true;
      if (field.value.includes('·')) ctx.compact = true;
      const ref = readArxivLineValue(field.value);
      if (ref) ctx.refs.push({ ...ref, line, from: 'arxiv-line' });
      else unreadable('an arXiv id');
      break;
    }
    case 'authors':
      draft.authors = [...(draft.authors ?? []), ...readAuthors(field.value)];
      break;
    case 'categories': {
      const { categories, unreadable: bad } = readCategories(field.value);
      draft.categories = [...(draft.categories ?? []), ...categories];
      if (bad.length) unreadable(`the categories ${bad.map((b) => `"${b}"`).join(', ')}`);
      break;
    }
    case 'dates': {
      const dates = readDates(field.value);
      if (!dates.published) unreadable('a date (expected YYYY-MM-DD)');
      Object.assign(draft, dates);
      break;
    }
    case 'remark':
      draft.remark = field.value;
      break;
    case 'journal':
      draft.journal = field.value;
      break;
    case 'doi': {
      const doi = readDoi(field.value);
      if (doi) draft.doi = doi;
      else unreadable('a DOI');
      break;
    }
    case 'code': {
      const { links, rejected } = readCodeLinks(field.value);
      draft.codeLinks = [...(draft.codeLinks ?? []), ...links];
      if (rejected.length || !links.length) unreadable('an http(s) link');
      break;
    }
    case 'domains':
      draft.domains = [...(draft.domains ?? []), ...readDomains(field.value)];
      break;
    case 'keywords':
      draft.keywords = [...(draft.keywords ?? []), ...readKeywords(field.value)];
      break;
    case 'takeaway':
      ctx.compact = true;
      draft.takeaway = appendText(ctx, draft.takeaway, readTakeaway(field.value), 'the one-line takeaway', line);
      break;
    case null:
      break;
  }
}

/** The 一句话要点 section: its first paragraph is the takeaway; field lines inside it are fields. */
export function readTakeawaySection(ctx: DigestContext, body: readonly Line[], heading: string, line: number): void {
  const prose = body.map((l) => (applyFieldLine(ctx, l) ? { ...l, text: '' } : l));
  const [first, ...others] = paragraphs(prose);
  if (first) {
    const text = readTakeaway(first.map((l) => l.text.trim()).join('\n'));
    ctx.draft.takeaway = appendText(ctx, ctx.draft.takeaway, text, 'the one-line takeaway', line);
  }
  const rest = others.map((p) => linesToMarkdown(p)).join('\n\n');
  if (rest) ctx.body.push(`## ${heading}\n\n${rest}`);
}
