/** Renders every Markdown field of a paper to HTML once, at build time, and reports broken formulas. */
import type { Diagnostic } from '../ingest/diagnostics.ts';
import type { Paper } from '../ingest/schema.ts';
import type { PaperHtml } from './entry-schema.ts';
import { renderInlineMarkdown, renderMarkdown, type RenderedFragment } from '../markdown/render.ts';
import { lineOfFormula } from './formula-line.ts';

/** Longest stretch of a formula quoted in a diagnostic. */
const QUOTED = 160;

/**
 * @param sourceTexts the file's text as read (and as repaired), to name the line of a formula that
 *   cannot be rendered; without them diagnostics name the file only.
 */
export function renderPaper(
  paper: Paper,
  base: string,
  sourceTexts: readonly string[] = [],
): { html: PaperHtml; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const collect = (field: string, fragment: RenderedFragment): string => {
    if (fragment.error) {
      diagnostics.push({
        file: paper.source.path,
        severity: 'warning',
        code: 'markdown-unrenderable',
        message: `${field}: the Markdown could not be rendered (${fragment.error}); its text is shown without formatting`,
        hint: 'Look for very deep nesting (many > or list levels) in that part of the file.',
      });
    }
    for (const { reason, formula } of fragment.mathErrors) {
      const quoted = formula.length > QUOTED ? `${formula.slice(0, QUOTED)}…` : formula;
      diagnostics.push({
        file: paper.source.path,
        line: formula ? lineOfFormula(sourceTexts, formula) : undefined,
        severity: 'warning',
        code: 'math-error',
        message: `${field}: the formula "${quoted}" could not be rendered (${reason}); it is shown as source`,
        hint: 'Check the LaTeX of that formula: braces, command names, $ delimiters.',
      });
    }
    for (const warning of fragment.mathWarnings) {
      diagnostics.push({
        file: paper.source.path,
        severity: 'info',
        code: 'math-font-warning',
        message: `${field}: KaTeX: ${warning}; the character is drawn in a fallback font`,
      });
    }
    return fragment.html;
  };
  // The abstracts and sections share one page: their ids (footnotes, anchors) are kept apart.
  const contentIds = new Set<string>();
  const block = (field: string, markdown: string | undefined) =>
    markdown === undefined ? undefined : collect(field, renderMarkdown(markdown, base, { contentIds }));
  const inline = (field: string, markdown: string) => collect(field, renderInlineMarkdown(markdown, base));

  const { abstract, sections } = paper;
  const html: PaperHtml = {
    title: inline('title', paper.title),
    takeaway: paper.takeaway === undefined ? undefined : inline('takeaway', paper.takeaway),
    keyPoints: paper.keyPoints.map((point, i) => inline(`keyPoints.${i + 1}`, point)),
    abstractZh: block('abstract.zh', abstract.zh),
    abstractEn: block('abstract.en', abstract.en),
    method: block('sections.method', sections.method),
    experiments: block('sections.experiments', sections.experiments),
    applications: block('sections.applications', sections.applications),
    body: block('sections.body', sections.body),
  };
  return { html, diagnostics };
}
