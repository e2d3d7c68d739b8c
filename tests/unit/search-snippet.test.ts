import { describe, expect, it } from 'vitest';
import { snippetWindow } from '@/shared/search/snippet';
import { packRecord, unpackRecord, type DisplayRecord } from '@/shared/search/format';

describe('snippetWindow', () => {
  const long = `${'Earlier work trains one policy per task and rarely shares what it learnt. '.repeat(4)}We introduce a curriculum of reward shaping that transfers across robots. ${'It is tested on many arms. '.repeat(6)}`;

  it('starts a little before the first match, at a word, and marks what was left out', () => {
    const window = snippetWindow(long, ['reward'], 120);
    expect(window.startsWith('…')).toBe(true);
    expect(window.endsWith('…')).toBe(true);
    expect(window).toContain('reward shaping');
    expect(window.indexOf('reward')).toBeLessThan(60);
    // Cut at spaces: no word is broken at the start.
    expect(long).toContain(` ${window.slice(1, 12)}`);
  });

  it('keeps a short text whole', () => {
    expect(snippetWindow('Reward shaping for arms.', ['reward'])).toBe('Reward shaping for arms.');
  });

  it('finds Chinese matches without spaces to cut at', () => {
    const zh = `${'我们先回顾已有的工作。'.repeat(8)}本文提出一种奖励塑形的课程学习方法。${'实验覆盖多种机械臂。'.repeat(8)}`;
    const window = snippetWindow(zh, ['奖励'], 60);
    expect(window).toContain('奖励塑形');
    expect([...window].length).toBeLessThanOrEqual(62);
  });

  it('is empty when nothing matches (folding case and accents like the index)', () => {
    expect(snippetWindow(long, ['zebra'])).toBe('');
    expect(snippetWindow('Über die Methode', ['uber'])).toBe('Über die Methode');
  });
});

describe('display records', () => {
  it('pack to an array in one fixed order and unpack to the same fields', () => {
    const record: DisplayRecord = {
      id: '2501.00001',
      title: 'T',
      titleHtml: '',
      takeaway: 'k',
      published: '2025-01-01',
      categories: ['cs.LG'],
      authors: ['A'],
      moreAuthors: 2,
      keywords: ['x'],
      venue: 'V',
    };
    const packed = packRecord(record);
    expect(packed[0]).toBe('2501.00001');
    expect(packed).toHaveLength(Object.keys(record).length);
    expect(unpackRecord(packed)).toEqual(record);
  });
});
