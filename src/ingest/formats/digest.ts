/**
 * The "digest" format: a Jekyll page per paper with a `# title`, an arXiv toolbar or link line,
 * labelled fields (作者, 分类, 发布日期 …) and emoji-headed sections (💡 一句话要点, 📋 核心要点,
 * 📝 摘要（中文）, 🔬 方法详解 …). Variants: "toolbar", "split-toolbar", "arxiv-line", "compact",
 * "short" (no 分类/发布日期/匹配领域, hard-wrapped abstract) and "plain" (no arXiv reference).
 *
 * Embedded HTML is read as data and removed from the Markdown. Missing fields are simply absent;
 * a field that is present but unreadable is a warning with its line.
 */
import type { FormatParser, ParsedFile } from './types.ts';
import { newContext, type DigestContext } from './digest-context.ts';
import { readFrontMatter } from './digest-frontmatter.ts';
import { extractHtmlBlocks, type HtmlBlock } from './digest-html.ts';
import { readHeader } from './digest-header.ts';
import { readSection } from './digest-body.ts';
import { splitSections } from './digest-sections.ts';
import { toLines } from './digest-lines.ts';
import { readToolbar } from './digest-toolbar.ts';
import { readFigureHtml } from './digest-figures.ts';

const DIGEST_MARKERS =
  /class="paper-toolbar"|^\*\*arXiv\*\*\s*[:：]|^\*\*作者\*\*|^##\s*(?:\S+\s+)?(?:一句话要点|核心要点|摘要（原文）|摘要（中文）|\d+\s*点简述)|^\*\*一句话要点\*\*/m;

/** Cheap test for format detection: a Jekyll page (or a `# ` title) plus a digest label or toolbar. */
export function looksLikeDigest(text: string): boolean {
  const jekyll = /^---[ \t]*\r?\n(?:.*\r?\n)*?layout[ \t]*:/.test(text.slice(0, 2000));
  const titled = /^#[ \t]+\S/m.test(text);
  return (jekyll || /^#[ \t]+\S/.test(text.trimStart())) && titled && DIGEST_MARKERS.test(text);
}

export const parseDigest: FormatParser = (text, bag) => {
  const lines = toLines(text);
  const frontMatter = readFrontMatter(lines);
  const { rest, blocks } = extractHtmlBlocks(lines.slice(frontMatter?.bodyStart ?? 0));
  const { header, sections } = splitSections(rest);
  const ctx = newContext(bag);

  readHeader(ctx, header);
  for (const block of blocks) readBlock(ctx, block);
  for (const section of sections) readSection(ctx, section);
  warnAboutMergeMarkers(ctx, rest);

  const title = frontMatter?.title ?? ctx.headingTitle?.text ?? ctx.toolbarTitle;
  if (!frontMatter && !ctx.headingTitle && !ctx.hasToolbar && !ctx.hasArxivLine && sections.length === 0) return null;
  if (!title) {
    bag.error('missing-title', 'the digest has no title', { line: 1, hint: 'Add `title:` to the front matter or a `# Title` line.' });
  } else if (frontMatter?.title && ctx.headingTitle && comparable(frontMatter.title) !== comparable(ctx.headingTitle.text)) {
    bag.warning('title-mismatch', `the front matter title differs from the # heading; used the front matter's`, {
      line: ctx.headingTitle.line,
    });
  }
  return finish(ctx, title);
};

function readBlock(ctx: DigestContext, block: HtmlBlock): void {
  if (!block.closed) {
    ctx.bag.warning('unclosed-html', `the ${block.kind} HTML block has no closing tag; read up to the next blank line`, {
      line: block.line,
    });
  }
  if (block.kind === 'toolbar') {
    const toolbar = readToolbar(block.html);
    ctx.hasToolbar = true;
    ctx.splitToolbar ||= toolbar.split;
    if (toolbar.title && !ctx.toolbarTitle) ctx.toolbarTitle = toolbar.title;
    for (const ref of toolbar.refs) ctx.refs.push({ ...ref, line: block.line, from: 'toolbar' });
    if (!toolbar.refs.length) ctx.bag.warning('unreadable-toolbar', 'the toolbar names no arXiv id', { line: block.line });
    return;
  }
  const { figures, rejected } = readFigureHtml(block.html, ctx.figures.length);
  ctx.figures.push(...figures);
  for (const { src, line } of rejected) {
    ctx.bag.warning('figure-dropped', `dropped a figure whose image is neither an http(s) URL nor a site path: "${src}"`, {
      line: block.line + line - 1,
    });
  }
}

function warnAboutMergeMarkers(ctx: DigestContext, lines: readonly { text: string; number: number }[]): void {
  const marker = lines.find((l) => /^(?:<{7}|>{7})(?:[ \t]|$)/.test(l.text));
  if (marker) {
    ctx.bag.warning('merge-marker-left', 'a git conflict marker is left in the text', {
      line: marker.number,
      hint: 'Resolve the conflict by hand and delete the <<<<<<< ======= >>>>>>> lines.',
    });
  }
}

/** Titles compared loosely: whitespace and Markdown backslash escapes do not count. */
function comparable(title: string): string {
  return title
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function finish(ctx: DigestContext, title: string | undefined): ParsedFile {
  const { draft } = ctx;
  // Header fields are read before the HTML blocks; the file's own order decides which id comes first.
  const refs = [...ctx.refs].sort((a, b) => a.line - b.line);
  const [first] = refs;
  if (first) {
    draft.id = first.id;
    const version = refs.find((r) => r.id === first.id && r.version)?.version;
    if (version) draft.arxivVersion = version;
    const other = refs.find((r) => r.id !== first.id);
    if (other) {
      ctx.bag.warning('arxiv-id-mismatch', `the file names two arXiv ids, ${first.id} and ${other.id}; used ${first.id}`, {
        line: other.line,
      });
    }
  }
  if (title) draft.title = title;
  if (ctx.figures.length) draft.sections = { ...draft.sections, figures: ctx.figures };
  if (ctx.body.length) draft.sections = { ...draft.sections, body: ctx.body.join('\n\n') };
  return { draft, variant: variantOf(ctx), repairs: [] };
}

function variantOf(ctx: DigestContext): string {
  if (ctx.hasToolbar) return ctx.splitToolbar ? 'split-toolbar' : 'toolbar';
  if (ctx.compact) return 'compact';
  const { categories, published, domains } = ctx.draft;
  const short = !categories?.length && !published && !domains?.length;
  if (ctx.hasArxivLine) return short ? 'short' : 'arxiv-line';
  return short ? 'short' : 'plain';
}
