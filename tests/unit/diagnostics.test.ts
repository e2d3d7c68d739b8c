import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '@/ingest/diagnostics';

describe('DiagnosticBag', () => {
  it('names the file on every diagnostic it collects', () => {
    const bag = new DiagnosticBag('a/b.md');
    bag.warning('w', 'something odd', { line: 3 });
    bag.info('i', 'repaired');
    expect(bag.items.map((d) => d.file)).toEqual(['a/b.md', 'a/b.md']);
    expect(bag.hasErrors).toBe(false);
    bag.error('e', 'broken', { hint: 'fix it' });
    expect(bag.hasErrors).toBe(true);
  });

  it('formats a diagnostic as file:line: severity: message with the hint below', () => {
    const text = formatDiagnostic({
      file: 'x.md',
      line: 7,
      severity: 'error',
      code: 'missing-title',
      message: 'no title',
      hint: 'add a # heading',
    });
    expect(text).toBe('x.md:7: error: no title [missing-title]\n    hint: add a # heading');
  });
});
