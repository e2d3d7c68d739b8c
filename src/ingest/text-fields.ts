/**
 * Small clean-ups of what a paper's text fields say, applied once in normalize:
 * HTML entities an exporter left in the text (`6.2% &#177; 2.8%`) become the characters they
 * name, so the text fields and the search index hold `±` as the page shows it; and a code URL
 * given only in the remark ("Code available at: https://github.com/…") becomes a code link.
 */
import { decodeHTMLStrict } from 'entities';
import type { CodeLink } from './schema.ts';
import { findCodeRanges } from './repair/math-spans.ts';

const ENTITY = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
/** Characters Markdown reads as markup (or that are no text at all): their entities stay entities. */
// eslint-disable-next-line no-control-regex -- control characters are what this keeps out
const KEEP_ENCODED = /^[<>&"'\u0000-\u001f\u007f\\`*_[\]$|#~]$/;

/** Decodes entities for characters that are plain text in Markdown; code spans and blocks are left alone. */
export function decodeTextEntities(markdown: string): string {
  if (!markdown.includes('&')) return markdown;
  const code = findCodeRanges(markdown);
  return markdown.replace(ENTITY, (entity: string, at: number) => {
    if (code.some((range) => at >= range.start && at < range.end)) return entity;
    const decoded = decodeHTMLStrict(entity);
    return decoded === entity || KEEP_ENCODED.test(decoded) || decoded === '\uFFFD' ? entity : decoded;
  });
}

/** Hosts whose links in a remark are code, whatever the words around them. */
const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co|gitee\.com)$/i;
/** Words that say the URL after them is the code or project page. */
const CODE_WORDS = /\b(?:code|source|implementation|project(?: page)?|repository|repo)\b[^.\n]{0,40}$/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'|)\]}，。；]+/g;

/** The code links a remark names: URLs on code hosts, or after "code / project page (at):". */
export function codeLinksInRemark(remark: string | undefined): CodeLink[] {
  if (!remark) return [];
  const links: CodeLink[] = [];
  for (const match of remark.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    const before = remark.slice(Math.max(0, match.index - 60), match.index).replace(/[:：\s]+$/, '');
    const words = CODE_WORDS.exec(before)?.[0];
    if (!CODE_HOSTS.test(host) && !words) continue;
    const label = CODE_HOSTS.test(host) ? labelFor(host) : /^project/i.test(words ?? '') ? 'Project page' : 'Code';
    if (!links.some((link) => link.url === url)) links.push({ label, url });
  }
  return links;
}

function labelFor(host: string): string {
  const name = host.replace(/^www\./, '').split('.')[0] ?? '';
  const known: Record<string, string> = {
    github: 'GitHub',
    gitlab: 'GitLab',
    huggingface: 'Hugging Face',
    codeberg: 'Codeberg',
    bitbucket: 'Bitbucket',
    gitee: 'Gitee',
  };
  return known[name] ?? name;
}

/**
 * `**whole thing**` → `whole thing`; anything else unchanged. Summaries often bold the one-line
 * takeaway as a whole (digests always do, front matter sometimes); pages style it themselves.
 */
export function unwrapBold(text: string): string {
  const m = /^\*\*([^*][\s\S]*?)\*\*$/.exec(text.trim());
  return m?.[1] && !m[1].includes('**') ? m[1].trim() : text.trim();
}
