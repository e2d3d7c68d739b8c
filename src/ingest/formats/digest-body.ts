/** Reads one `## ` section of a digest into the draft field it stands for. */
import { appendText, type DigestContext } from './digest-context.ts';
import { readMarkdownImages } from './digest-figures.ts';
import { readTakeawaySection } from './digest-header.ts';
import { isPlaceholder, linesToMarkdown } from './digest-lines.ts';
import { readKeyPoints, readQuotedAbstract, type Section } from './digest-sections.ts';

const LABELS = {
  abstractZh: 'the Chinese abstract',
  abstractEn: 'the original abstract',
  method: 'the method section',
  experiments: 'the experiments section',
  applications: 'the applications section',
} as const;

export function readSection(ctx: DigestContext, section: Section): void {
  const { draft, bag } = ctx;
  const markdown = section.kind === 'abstractEn' ? readQuotedAbstract(section.body) : linesToMarkdown(section.body);
  if (section.kind !== 'takeaway' && section.kind !== 'keyPoints' && isPlaceholder(markdown)) {
    bag.warning('placeholder-dropped', `"${section.heading}" holds the template placeholder "${markdown}"; dropped`, {
      line: section.line,
    });
    return;
  }
  switch (section.kind) {
    case 'takeaway':
      readTakeawaySection(ctx, section.body, section.heading, section.line);
      return;
    case 'keyPoints': {
      if (/\d+\s*点简述/.test(section.heading)) ctx.compact = true;
      const { points, placeholders } = readKeyPoints(section.body);
      draft.keyPoints = [...(draft.keyPoints ?? []), ...points];
      for (const line of placeholders) {
        bag.warning('placeholder-dropped', `a key point is the template placeholder "${line.text.trim()}"; dropped`, {
          line: line.number,
        });
      }
      return;
    }
    case 'abstractZh':
    case 'abstractEn': {
      if (!markdown) return;
      const abstract = { ...draft.abstract };
      const lang = section.kind === 'abstractZh' ? 'zh' : 'en';
      abstract[lang] = appendText(ctx, abstract[lang], markdown, LABELS[section.kind], section.line);
      draft.abstract = abstract;
      return;
    }
    case 'method':
    case 'experiments':
    case 'applications': {
      if (!markdown) return;
      const sections = { ...draft.sections };
      sections[section.kind] = appendText(ctx, sections[section.kind], markdown, LABELS[section.kind], section.line);
      draft.sections = sections;
      return;
    }
    case 'figures': {
      for (const line of section.body) {
        const { figures, rejected } = readMarkdownImages(line.text, ctx.figures.length);
        ctx.figures.push(...figures);
        for (const { src } of rejected) {
          bag.warning('figure-dropped', `dropped a figure whose image is neither an http(s) URL nor a site path: "${src}"`, {
            line: line.number,
          });
        }
      }
      const rest = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '').trim();
      if (rest) ctx.body.push(`## ${section.heading}\n\n${rest}`);
      return;
    }
    case 'other':
      ctx.body.push(markdown ? `## ${section.heading}\n\n${markdown}` : `## ${section.heading}`);
      return;
  }
}
