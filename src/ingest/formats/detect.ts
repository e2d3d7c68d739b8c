/**
 * Decides which format a summary file is in, and which parser reads it. Order matters:
 * canonical front matter is the most specific sign, digests share front matter with it,
 * and the article test is the loosest, so it comes last.
 */
import type { PaperFormat } from '../schema.ts';
import type { FormatParser } from './types.ts';
import { looksLikeArticle, parseArticle } from './article.ts';
import { looksLikeCanonical, parseCanonical } from './canonical.ts';
import { looksLikeDigest, parseDigest } from './digest.ts';

const PARSERS: Readonly<Record<PaperFormat, FormatParser>> = {
  digest: parseDigest,
  article: parseArticle,
  canonical: parseCanonical,
};

/** The format of a file's decoded text, or null when it is none we know. The content decides, not the extension. */
export function detectFormat(text: string, _path: string): PaperFormat | null {
  if (looksLikeCanonical(text)) return 'canonical';
  if (looksLikeDigest(text)) return 'digest';
  if (looksLikeArticle(text)) return 'article';
  return null;
}

/** The parser for a detected format. */
export function parserFor(format: PaperFormat): FormatParser {
  return PARSERS[format];
}
