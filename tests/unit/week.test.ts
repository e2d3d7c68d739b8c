import { describe, expect, it } from 'vitest';
import { weekEnd, weekStart } from '../../src/shared/week';

describe('weekStart', () => {
  it('finds the Monday of a week, across month and year ends', () => {
    expect(weekStart('2024-12-04')).toBe('2024-12-02');
    expect(weekStart('2024-12-02')).toBe('2024-12-02');
    expect(weekStart('2024-12-08')).toBe('2024-12-02');
    expect(weekStart('2025-01-01')).toBe('2024-12-30');
  });

  it('ends a week on the Sunday six days later', () => {
    expect(weekEnd('2024-12-30')).toBe('2025-01-05');
  });
});
