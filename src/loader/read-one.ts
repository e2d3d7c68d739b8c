/**
 * One summary file to a rendered paper with its diagnostics: the unit of work of a read, done in
 * the main thread or in a worker (ingest-worker.ts). Imports use explicit `.ts` extensions so a
 * worker thread can load this file with Node's own type stripping.
 */
import type { Diagnostic } from '../ingest/diagnostics.ts';
import { ingestFile, type IngestOptions } from '../ingest/index.ts';
import type { Paper } from '../ingest/schema.ts';
import type { PaperHtml } from './entry-schema.ts';
import { removeControlCharacters } from './control-characters.ts';
import { renderPaper } from './render-paper.ts';

export type RenderedPaper = Paper & { html: PaperHtml };

/** What one file produced; cached by content. */
export interface FileResult {
  paper: RenderedPaper | null;
  diagnostics: Diagnostic[];
}

/** A file's result and the time spent on it, per phase. */
export interface TimedResult {
  result: FileResult;
  parseMs: number;
  renderMs: number;
}

export async function readOne(path: string, bytes: Uint8Array, base: string, ingest: IngestOptions = {}): Promise<TimedResult> {
  const parseStart = performance.now();
  const { paper: ingestedPaper, diagnostics: ingestedDiagnostics, texts } = await ingestFile(path, bytes, ingest);
  const renderStart = performance.now();
  if (!ingestedPaper) return { result: { paper: null, diagnostics: ingestedDiagnostics }, parseMs: renderStart - parseStart, renderMs: 0 };
  const { paper, diagnostics: scrubbed } = removeControlCharacters(ingestedPaper);
  const diagnostics = [...ingestedDiagnostics, ...scrubbed];
  const rendered = renderPaper(paper, base, texts);
  return {
    result: { paper: { ...paper, html: rendered.html }, diagnostics: [...diagnostics, ...rendered.diagnostics] },
    parseMs: renderStart - parseStart,
    renderMs: performance.now() - renderStart,
  };
}
