import { describe, expect, it } from 'vitest';
import { ARRIVAL_DAYS_KEPT, encodeArrivals, newSince } from '@/shared/arrivals';

const paper = (arrived: string, published: string | undefined = arrived) => ({ arrived, published });

describe('arrivals', () => {
  const listing = [
    paper('2025-03-06'),
    paper('2025-03-06', '2025-03-01'),
    paper('2025-03-05'),
    paper('2025-03-03'),
    paper('2025-03-03'),
    { arrived: '2025-02-20' },
  ];

  it('writes arrival days newest first, as gaps, with counts and how far back the earliest is dated', () => {
    expect(encodeArrivals(listing)).toBe('2025-03-06:2:5 1:1 2:2 11:1:-');
  });

  it('counts every paper of the listing that arrived after the day, and finds the earliest day page among them', () => {
    const text = encodeArrivals(listing);
    expect(newSince(text, '2025-03-04')).toEqual({ count: 3, more: false, firstDay: '2025-03-01' });
    expect(newSince(text, '2025-03-05')).toEqual({ count: 2, more: false, firstDay: '2025-03-01' });
    expect(newSince(text, '2025-03-02')).toEqual({ count: 5, more: false, firstDay: '2025-03-01' });
    expect(newSince(text, '2025-03-06')).toEqual({ count: 0, more: false, firstDay: undefined });
  });

  it('leaves papers without an arrival day out, and an undated day has no day page to jump to', () => {
    expect(encodeArrivals([{ published: '2025-01-01' }, { arrived: '2025-02-20' }])).toBe('2025-02-20:1:-');
    expect(newSince('2025-02-20:1:-', '2025-01-01')).toEqual({ count: 1, more: false, firstDay: undefined });
  });

  it('keeps the text bounded: only the newest days, the rest counted in one number', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 40) * 86_400_000).toISOString().slice(0, 10);
      return paper(day);
    });
    const text = encodeArrivals(many);
    expect(text.split(' ')).toHaveLength(ARRIVAL_DAYS_KEPT + 1);
    expect(text.length).toBeLessThan(4_000);
    expect(text).toMatch(new RegExp(`\\+${100_000 - ARRIVAL_DAYS_KEPT * 40}$`));
    // Away longer than the listed days: at least every listed paper is new, and maybe more.
    expect(newSince(text, '2019-12-31')).toEqual({ count: ARRIVAL_DAYS_KEPT * 40, more: true, firstDay: expect.any(String) });
    expect(newSince(text, '2026-09-01').more).toBe(false);
  });

  it('counts nothing from text it cannot read', () => {
    expect(newSince('garbage', '2025-01-01').count).toBe(0);
    expect(newSince('', '2025-01-01').count).toBe(0);
    expect(newSince('2025-03-06:2', 'yesterday').count).toBe(0);
    expect(newSince('2025-03-06:x 1:1', '2025-01-01').count).toBe(0);
  });
});
