/**
 * The ingestion pipeline for one file: bytes → text → repaired text → format → paper.
 * Never throws for bad input: every problem becomes a diagnostic naming the file,
 * and a file that cannot become a valid paper yields `paper: null`.
 */
import { binaryKind } from './binary.ts';
import { DiagnosticBag, type Diagnostic } from './diagnostics.ts';
import { decodeBytes, normalizeLineEnds } from './decode.ts';
import { detectFormat, parserFor } from './formats/detect.ts';
import { normalizeDraft } from './normalize.ts';
import { repairFormulaDamage, type FormulaRepair } from './repair/formula-damage.ts';
import { repairLatexEscapes } from './repair/latex-escapes.ts';
import { resolveMergeMarkers } from './repair/merge-markers.ts';
import { paperSchema, type Paper } from './schema.ts';
import { zodIssuesToDiagnostics } from './validate.ts';

export interface IngestResult {
  paper: Paper | null;
  diagnostics: Diagnostic[];
  /** The file's text as decoded and as repaired (LF line ends), for naming lines after parsing. */
  texts: string[];
}

export interface IngestOptions {
  /** Clean texts the encoding repair may learn character context from (the site's own papers). */
  learnFrom?: readonly string[];
}

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** @param path the file's path relative to PAPERS_DIR, used in diagnostics and `source.path`. */
export async function ingestFile(path: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  const bag = new DiagnosticBag(path);
  const texts: string[] = [];
  try {
    const paper = await ingestInto(bag, path, bytes, options, texts);
    return { paper, diagnostics: bag.items, texts };
  } catch (error) {
    // A bug of ours must not take the site down: skip the file and say so.
    bag.error('internal-error', `could not be read: ${error instanceof Error ? error.message : String(error)}`, {
      hint: 'This is a Papershelf bug; please report it with the file attached.',
    });
    return { paper: null, diagnostics: bag.items, texts };
  }
}

const FORMULA_REPAIRS: Readonly<Record<FormulaRepair, string>> = {
  percent: 'a % inside math that had lost its backslash',
  'adjacent-formulas': 'two touching $…$ formulas that read as a $$ delimiter',
  'text-bar': "Jekyll's \\| escape inside \\text{}",
  'stray-brace': 'a } in math that closed nothing',
  'prose-text': '\\text{…} outside any formula',
};

async function ingestInto(
  bag: DiagnosticBag,
  path: string,
  bytes: Uint8Array,
  options: IngestOptions,
  texts: string[],
): Promise<Paper | null> {
  const binary = binaryKind(bytes);
  if (binary) {
    bag.error('not-text', `this is not a text file: it looks like ${binary}; it was skipped`, {
      hint: 'Move it out of the papers folder, or give it an extension other than .md, .markdown or .txt.',
    });
    return null;
  }
  const decoded = await decodeBytes(bytes, { learnFrom: options.learnFrom });
  texts.push(normalizeLineEnds(decoded.text));
  for (const note of decoded.notes) bag.add(note.severity, note.code, note.message, { line: note.line });
  const repairs = [...decoded.repairs];

  const latex = repairLatexEscapes(decoded.text);
  if (latex.count > 0) {
    repairs.push('latex:eaten-escapes');
    bag.info('latex-escapes-repaired', `restored ${latex.count} LaTeX command(s) whose backslash was lost`);
  }
  const merged = resolveMergeMarkers(normalizeLineEnds(latex.text));
  for (const conflict of merged.conflicts) {
    bag.warning('merge-conflict', `unresolved git merge conflict; kept the "${conflict.kept}" side`, {
      line: conflict.line,
      hint: 'Resolve the conflict in the file and remove the <<<<<<< ======= >>>>>>> lines.',
    });
  }
  if (merged.conflicts.length > 0) repairs.push('merge-markers:kept-one-side');
  const formulas = repairFormulaDamage(merged.text);
  for (const [kind, count] of Object.entries(formulas.counts) as [FormulaRepair, number][]) {
    repairs.push(`math:${kind}`);
    bag.info('formula-repaired', `mended ${count} × ${FORMULA_REPAIRS[kind]}`);
  }
  const text = formulas.text;
  texts.push(text);

  if (text.trim() === '') {
    bag.error('empty-file', 'the file is empty', { hint: 'Delete it or fill it with a summary.' });
    return null;
  }
  const format = detectFormat(text, path);
  if (!format) {
    bag.error('unknown-format', 'not a digest, article or canonical summary', {
      line: 1,
      hint: 'See docs/canonical-format.md for a format you can write by hand.',
    });
    return null;
  }
  const parsed = parserFor(format)(text, bag);
  if (!parsed || bag.hasErrors) {
    if (!bag.hasErrors) bag.error('unreadable', `looks like a ${format} file but could not be read as one`, { line: 1 });
    return null;
  }
  const candidate = normalizeDraft(parsed, { path, format, repairs });
  const result = paperSchema.safeParse(candidate);
  if (!result.success) {
    for (const d of zodIssuesToDiagnostics(path, result.error.issues)) bag.items.push(d);
    return null;
  }
  return result.data;
}
