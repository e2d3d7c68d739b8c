/**
 * A problem found in one source file. Ingestion never throws for bad input: it returns these.
 * `error` means the file was skipped; `warning` means something was dropped or guessed;
 * `info` records a repair that was applied.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the file, relative to PAPERS_DIR. */
  file: string;
  /** 1-based line the problem starts on, when it has one. */
  line?: number;
  severity: Severity;
  /** Stable machine-readable kind, e.g. "encoding-repaired", "missing-title". */
  code: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** What the site owner can do about it. */
  hint?: string;
}

/** Collects diagnostics for one file, so parsers need not repeat the file name. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  add(severity: Severity, code: string, message: string, extra: { line?: number; hint?: string } = {}): void {
    this.items.push({ file: this.file, severity, code, message, ...extra });
  }
  error(code: string, message: string, extra?: { line?: number; hint?: string }): void {
    this.add('error', code, message, extra);
  }
  warning(code: string, message: string, extra?: { line?: number; hint?: string }): void {
    this.add('warning', code, message, extra);
  }
  info(code: string, message: string, extra?: { line?: number; hint?: string }): void {
    this.add('info', code, message, extra);
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** One line per diagnostic, the way compilers print them: `file:line: severity: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const hint = d.hint ? `\n    hint: ${d.hint}` : '';
  return `${where}: ${d.severity}: ${d.message} [${d.code}]${hint}`;
}
