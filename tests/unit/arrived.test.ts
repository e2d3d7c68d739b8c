import { describe, expect, it } from 'vitest';
import { arrivedDate, dateInPath } from '@/ingest/arrived';

describe('arrivedDate', () => {
  it('takes a digest date folder, in either form', () => {
    expect(arrivedDate('digest/2025-03-04/cs.LG/2503.01234.md', undefined, '2025-02-01')).toBe('2025-03-04');
    expect(arrivedDate('2025/03/04/2503.01234.md', undefined, '2025-02-01')).toBe('2025-03-04');
  });

  it('takes a dated file name', () => {
    expect(arrivedDate('posts/2024-12-31-some-paper.md', undefined, undefined)).toBe('2024-12-31');
  });

  it('prefers the path, then the stated date, then the paper’s own date', () => {
    expect(arrivedDate('canonical/x.md', '2025-01-09', '2024-06-01')).toBe('2025-01-09');
    expect(arrivedDate('digest/cs.LG/2405.04321.md', undefined, '2024-05-07')).toBe('2024-05-07');
    expect(arrivedDate('digest/cs.LG/2405.04321.md', undefined, undefined)).toBeUndefined();
  });

  it('reads no date from ids, numbers or impossible days', () => {
    expect(dateInPath('digest/cs.LG/2405.04321.md')).toBeUndefined();
    expect(dateInPath('2025-02-30/x.md')).toBeUndefined();
    expect(dateInPath('1234/56/78/x.md')).toBeUndefined();
    expect(dateInPath('2025-03-04x/x.md')).toBeUndefined();
  });

  it('takes the deepest date when several are written', () => {
    expect(dateInPath('2025-01-01/2025-01-02/x.md')).toBe('2025-01-02');
  });
});
