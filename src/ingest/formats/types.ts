/** The contract every format parser implements. */
import type { DiagnosticBag } from '../diagnostics.ts';
import type { PaperDraft } from '../schema.ts';

export interface ParsedFile {
  /** Fields found in the file. */
  draft: PaperDraft;
  /** Variant of the format, recorded in `source.variant`. */
  variant: string;
  /** Repairs the parser applied (e.g. "merge-markers:kept-ours"), recorded in `source.repairs`. */
  repairs: string[];
}

/**
 * Parses decoded text (LF line ends) of one file. Reports problems on `bag` with line numbers;
 * returns null only when the file cannot be read as this format at all.
 */
export type FormatParser = (text: string, bag: DiagnosticBag) => ParsedFile | null;
