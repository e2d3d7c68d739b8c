/** Turns schema validation failures into diagnostics a site owner can act on. */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';

const HINTS: Record<string, string> = {
  title: 'Give the file a title: a `title:` in the front matter or a `# ` heading.',
  id: 'Use an arXiv id like 2401.01234 or a slug of lowercase letters, digits and dashes.',
  published: 'Write dates as YYYY-MM-DD.',
  updated: 'Write dates as YYYY-MM-DD.',
};

export function zodIssuesToDiagnostics(file: string, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  return issues.map((issue) => {
    const field = issue.path.join('.') || '(file)';
    const top = String(issue.path[0] ?? '');
    return {
      file,
      severity: 'error',
      code: 'invalid-field',
      message: `${field}: ${issue.message}`,
      hint: HINTS[top] ?? 'Fix the field in the file, or remove it.',
    };
  });
}
