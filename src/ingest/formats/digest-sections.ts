/**
 * Cuts a digest into its `## ` sections and reads the structured ones: key points (a numbered or
 * bulleted list) and the original abstract (a blockquote, sometimes hard-wrapped at ~80 columns).
 * Headings are recognised by their words, with or without the emoji in front.
 */
import { isPlaceholder, joinWrapped, paragraphs, type Line } from './digest-lines.ts';

export type SectionKind =
  'takeaway' | 'keyPoints' | 'abstractZh' | 'abstractEn' | 'method' | 'experiments' | 'applications' | 'figures' | 'other';

export interface Section {
  kind: SectionKind;
  /** Heading text as written, without the `## `. */
  heading: string;
  line: number;
  body: Line[];
}

const KINDS: readonly [RegExp, SectionKind][] = [
  [/一句话要点|^(?:takeaway|tl;?dr|one[- ]sentence)/i, 'takeaway'],
  [/核心要点|\d+\s*点简述|要点简述|^(?:key|\d+\s+main)\s+points/i, 'keyPoints'],
  [/摘要\s*[（(]\s*中文\s*[)）]|^中文摘要/, 'abstractZh'],
  [/摘要\s*[（(]\s*(?:原文|英文)\s*[)）]|^原文摘要|^(?:original\s+)?abstract$/i, 'abstractEn'],
  [/方法详解|^method/i, 'method'],
  [/实验亮点|^experiment/i, 'experiments'],
  [/应用场景|^applications?/i, 'applications'],
  [/关键图片|^figures?$/i, 'figures'],
];

const HEADING = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/;

export function classifyHeading(heading: string): SectionKind {
  const words = heading.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return KINDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'other';
}

/** Lines before the first `## ` heading, and the sections after it. */
export function splitSections(lines: readonly Line[]): { header: Line[]; sections: Section[] } {
  const header: Line[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const line of lines) {
    const m = HEADING.exec(line.text);
    if (m?.[1]) {
      current = { kind: classifyHeading(m[1]), heading: m[1], line: line.number, body: [] };
      sections.push(current);
    } else if (current) current.body.push(line);
    else header.push(line);
  }
  return { header, sections };
}

const ITEM = /^[ \t]{0,3}(?:\d+[.)、]|[-*+•])[ \t]+(.*)$/;

export interface KeyPointReading {
  points: string[];
  /** Lines of template placeholders that were dropped. */
  placeholders: Line[];
}

/** List items with their markers stripped; a list-less section counts each paragraph as a point. */
export function readKeyPoints(body: readonly Line[]): KeyPointReading {
  const items: Line[][] = [];
  for (const line of body) {
    const m = ITEM.exec(line.text);
    if (m) items.push([{ text: m[1] ?? '', number: line.number }]);
    else if (line.text.trim() && items.length) items.at(-1)?.push(line);
  }
  const groups = items.length ? items : paragraphs(body);
  const out: KeyPointReading = { points: [], placeholders: [] };
  for (const group of groups) {
    const text = joinWrapped(group.map((l) => l.text));
    if (!text) continue;
    if (isPlaceholder(text) && group[0]) out.placeholders.push(group[0]);
    else out.points.push(text);
  }
  return out;
}

/** A `> ` blockquote → plain paragraphs, hard-wrapped lines joined; other Markdown is kept as is. */
export function readQuotedAbstract(body: readonly Line[]): string {
  const content = body.filter((l) => l.text.trim());
  if (!content.length || !content.every((l) => /^\s*>/.test(l.text))) {
    return body
      .map((l) => l.text)
      .join('\n')
      .trim();
  }
  const unquoted = body.map((l) => ({ ...l, text: l.text.replace(/^\s*>[ \t]?/, '') }));
  return paragraphs(unquoted)
    .map((p) => joinWrapped(p.map((l) => l.text)))
    .join('\n\n');
}
