/**
 * The AI-SCHOLAR article format: a plain-text magazine article about one paper, with the
 * article's own title, "3 main points", the paper's title and byline, arXiv metadata and a body.
 */
import type { FormatParser } from './types.ts';
import { BYLINE, MAIN_POINTS, SITE_BANNER, findLine, readArticleHeader } from './article-header.ts';
import { articleBodyToMarkdown } from './article-body.ts';
import { parsePaperId } from '../../shared/paper-id.ts';

const SUBMITTED = /^[([]?\s*Submitted on\b/i;
const CHECK_MARK_LINE = /^[✔✓☑✅]/mu;
// The text rarely names the paper's arXiv id, but a link or "arXiv:" citation may appear anywhere.
const ARXIV_ID =
  /(?:arxiv\.org\/(?:abs|pdf|html)\/|\barXiv:\s*)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z-]*[a-z](?:\.[A-Za-z]{2})?\/\d{7}(?:v\d+)?)/i;

/** True when the text reads as an AI-SCHOLAR article (site banner, main points or byline with arXiv dates). */
export function looksLikeArticle(text: string): boolean {
  const lines = text.split('\n');
  // Front matter means Markdown (a digest or a canonical entry), never a plain-text article.
  if (/^\uFEFF?---\s*$/.test(lines[0] ?? '')) return false;
  if (findLine(lines, SITE_BANNER) >= 0) return true;
  const mainPoints = findLine(lines, MAIN_POINTS);
  const byline = findLine(lines, BYLINE);
  if (mainPoints >= 0 && (byline >= 0 || CHECK_MARK_LINE.test(lines.slice(mainPoints + 1, mainPoints + 4).join('\n')))) return true;
  return byline >= 0 && findLine(lines, SUBMITTED, byline + 1) >= 0;
}

export const parseArticle: FormatParser = (text, bag) => {
  const lines = text.split('\n');
  const header = readArticleHeader(lines, bag);
  if (!header) return null;
  const { draft } = header;
  if (!draft.title) {
    bag.error('missing-title', 'the article has no title line', {
      hint: 'Put the article\'s title on the first line, above "3 main points".',
    });
  }

  // One in the header is surely this paper's; one in the body might be a cited paper's, but it is the best we have.
  const found = ARXIV_ID.exec(lines.slice(0, header.bodyStart).join('\n')) ?? ARXIV_ID.exec(text);
  const arxiv = found?.[1] ? parsePaperId(found[1]) : undefined;
  if (arxiv) {
    draft.id = arxiv.id;
    if (draft.arxivVersion === undefined && arxiv.version) draft.arxivVersion = arxiv.version;
  }

  const body = articleBodyToMarkdown(lines.slice(header.bodyStart));
  if (body) draft.sections = { body };
  else bag.warning('article-empty-body', 'the article has no text below its header', { line: header.bodyStart + 1 });

  const repairs: string[] = [];
  if (header.unglued) {
    repairs.push('authors:split-glued-names');
    bag.info('authors-split', `split the byline's glued names into ${draft.authors?.length ?? 0} authors: ${draft.authors?.join('; ')}`, {
      line: header.bylineIndex + 1,
      hint: 'Check the names; separate authors with commas to make the split certain.',
    });
  }
  return { draft, variant: 'ai-scholar', repairs };
};
