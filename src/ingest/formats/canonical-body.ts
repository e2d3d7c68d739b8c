/**
 * Splits the Markdown body of a canonical entry into the paper's sections by its `## ` headings:
 * Method / 方法, Experiments / 实验, Applications / 应用 and Figures / 图表 by name, the rest into `body`.
 */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { Figure, Paper } from '../schema.ts';

type NamedSection = 'method' | 'experiments' | 'applications' | 'figures';
type Sections = Partial<Paper['sections']>;

const SECTION_NAMES: Readonly<Record<string, NamedSection>> = {
  method: 'method',
  methods: 'method',
  方法: 'method',
  experiments: 'experiments',
  experiment: 'experiments',
  实验: 'experiments',
  applications: 'applications',
  application: 'applications',
  应用: 'applications',
  figures: 'figures',
  figure: 'figures',
  图表: 'figures',
  图片: 'figures',
};
const HEADING = /^##[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
// A `$$` line opens or closes a display formula; a one-line `$$…$$` does neither.
const FENCE = /^[ \t]*(`{3,}|~{3,}|\$\$(?=[ \t]*$))/;
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s>)]+)>?(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)/g;
const GENERATED_ALT = /^(?:fig|figure|image|img)[_\s-]?\d+$/i;

interface Part {
  heading?: string;
  /** 1-based line of the heading, or of the first line for the part before any heading. */
  line: number;
  lines: string[];
}

/** Which named section a heading means, ignoring case, emoji and trailing colons ("🔬 方法:" → method). */
export function sectionForHeading(heading: string): NamedSection | undefined {
  const key = heading
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[\s:：]+$/u, '')
    .toLowerCase();
  // Own keys only, so a "## constructor" heading is an ordinary section.
  return Object.hasOwn(SECTION_NAMES, key) ? SECTION_NAMES[key] : undefined;
}

/** Cuts the body at level-2 headings, except inside code fences and `$$` blocks. */
function splitAtHeadings(lines: readonly string[], firstLine: number): Part[] {
  const parts: Part[] = [{ line: firstLine, lines: [] }];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const opener = FENCE.exec(line)?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) fence = fence === undefined ? opener : undefined;
    const heading = fence === undefined ? HEADING.exec(line)?.[1] : undefined;
    if (heading) parts.push({ heading, line: firstLine + i, lines: [] });
    else parts[parts.length - 1]?.lines.push(line);
  });
  return parts;
}

/** Whether an image source will load on the site: http(s), or root-relative (a file in `public/`). */
function isLoadableSource(src: string): boolean {
  return /^https?:\/\/\S+$/i.test(src) || /^\/(?!\/)\S*$/.test(src);
}

/** Figures from Markdown images `![alt](src "caption")`; other text in the section is reported. */
export function readFigures(lines: readonly string[], firstLine: number, bag: DiagnosticBag): Figure[] {
  const figures: Figure[] = [];
  lines.forEach((line, i) => {
    for (const [, alt = '', src = '', doubleQuoted, singleQuoted] of line.matchAll(IMAGE)) {
      if (!isLoadableSource(src)) {
        bag.warning('figure-dropped', `the figure "${src}" is neither an http(s) URL nor a path from the site root; it was dropped`, {
          line: firstLine + i,
          hint: 'Link an image by https:// URL, or put it in public/ and write its path from the root, e.g. /figures/a.svg.',
        });
        continue;
      }
      const caption = (doubleQuoted ?? singleQuoted)?.trim() || undefined;
      // Generated alt texts such as "fig_0" describe nothing; the caption does.
      const usefulAlt = GENERATED_ALT.test(alt.trim()) ? '' : alt.trim();
      figures.push({ src, alt: usefulAlt || caption || `Figure ${figures.length + 1}`, ...(caption ? { caption } : {}) });
    }
    if (line.replace(IMAGE, '').trim()) {
      bag.warning('figure-text-ignored', 'text in the Figures section that is not an image was dropped', {
        line: firstLine + i,
        hint: 'Write each figure as ![alt](src "caption"); put prose in another section.',
      });
    }
  });
  return figures;
}

/**
 * The body's sections. A leading `# ` heading that repeats `title` is dropped; when there is no
 * `title` it is dropped too and returned as `heading`, the title's fallback.
 */
export function readCanonicalBody(
  lines: readonly string[],
  firstLine: number,
  bag: DiagnosticBag,
  title?: string,
): { sections: Sections; heading?: { text: string; line: number } } {
  const [intro, ...parts] = splitAtHeadings(lines, firstLine);
  const sections: Sections = {};
  const bodyParts: string[] = [];
  let heading: { text: string; line: number } | undefined;
  if (intro) {
    const first = intro.lines.findIndex((line) => line.trim() !== '');
    const h1 = /^#[ \t]+(.+?)[ \t]*$/.exec(intro.lines[first] ?? '')?.[1];
    if (h1 !== undefined && (title === undefined || h1 === title)) heading = { text: h1, line: intro.line + first };
    bodyParts.push(
      intro.lines
        .slice(heading ? first + 1 : 0)
        .join('\n')
        .trim(),
    );
  }
  for (const part of parts) {
    const name = part.heading ? sectionForHeading(part.heading) : undefined;
    const content = part.lines.join('\n').trim();
    if (name === 'figures') {
      sections.figures = [...(sections.figures ?? []), ...readFigures(part.lines, part.line + 1, bag)];
    } else if (name) {
      if (!content) continue;
      if (sections[name] !== undefined)
        bag.warning('duplicate-section', `a second "${part.heading}" section was appended to the first`, { line: part.line });
      sections[name] = sections[name] === undefined ? content : `${sections[name]}\n\n${content}`;
    } else {
      bodyParts.push(`## ${part.heading}\n\n${content}`.trim());
    }
  }
  const body = bodyParts.filter(Boolean).join('\n\n');
  if (body) sections.body = body;
  return { sections, ...(heading && title === undefined ? { heading } : {}) };
}
