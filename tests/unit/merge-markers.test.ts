import { describe, expect, it } from 'vitest';
import { resolveMergeMarkers } from '@/ingest/repair/merge-markers';

const lines = (...parts: string[]): string => `${parts.join('\n')}\n`;

describe('resolveMergeMarkers', () => {
  it('keeps our side by default and reports the line of the <<<<<<< marker', () => {
    const text = lines('# Title', '', '<<<<<<< HEAD', 'ours line', '=======', 'theirs line', '>>>>>>> 1c05e1c', 'after');
    expect(resolveMergeMarkers(text)).toEqual({
      text: lines('# Title', '', 'ours line', 'after'),
      conflicts: [{ line: 3, kept: 'ours' }],
    });
  });

  it('keeps their side when ours is empty', () => {
    const text = lines('<<<<<<< HEAD', '', '=======', 'theirs line', '>>>>>>> branch');
    expect(resolveMergeMarkers(text)).toEqual({ text: lines('theirs line'), conflicts: [{ line: 1, kept: 'theirs' }] });
  });

  it('keeps their side when ours stops inside a code fence that theirs closes', () => {
    const text = lines('<<<<<<< HEAD', '```', 'code', '=======', '```', 'code', '```', '>>>>>>> branch');
    expect(resolveMergeMarkers(text)).toMatchObject({ text: lines('```', 'code', '```'), conflicts: [{ kept: 'theirs' }] });
  });

  it('keeps their side when ours has only some of its headings', () => {
    const text = lines('<<<<<<< HEAD', '## 方法', '甲', '=======', '## 方法', '乙', '## 实验', '丙', '>>>>>>> branch');
    expect(resolveMergeMarkers(text)).toMatchObject({ text: lines('## 方法', '乙', '## 实验', '丙'), conflicts: [{ kept: 'theirs' }] });
  });

  it('keeps one whole side even when both are complete', () => {
    const text = lines('<<<<<<< HEAD', '## A', 'one', '## B', 'two', '=======', '## A', 'uno', '## B', 'dos', '>>>>>>> x');
    expect(resolveMergeMarkers(text).text).toBe(lines('## A', 'one', '## B', 'two'));
  });

  it('drops the base section of a diff3-style conflict', () => {
    const text = lines('<<<<<<< HEAD', 'ours', '||||||| base', 'base', '=======', 'theirs', '>>>>>>> x');
    expect(resolveMergeMarkers(text).text).toBe(lines('ours'));
  });

  it('reports every conflict with its line in the input', () => {
    const block = ['<<<<<<< HEAD', 'a', '=======', 'b', '>>>>>>> x'];
    const text = lines(...block, 'between', ...block);
    expect(resolveMergeMarkers(text)).toEqual({
      text: lines('a', 'between', 'a'),
      conflicts: [
        { line: 1, kept: 'ours' },
        { line: 7, kept: 'ours' },
      ],
    });
  });

  it('leaves a ======= setext underline outside conflicts alone', () => {
    const text = lines('Title', '=======', '', 'text');
    expect(resolveMergeMarkers(text)).toEqual({ text, conflicts: [] });
  });

  it('leaves a block without a separator or a closing marker alone', () => {
    const unclosed = lines('<<<<<<< HEAD', 'a', '=======', 'b');
    const noSeparator = lines('<<<<<<< HEAD', 'a', '>>>>>>> x');
    expect(resolveMergeMarkers(unclosed)).toEqual({ text: unclosed, conflicts: [] });
    expect(resolveMergeMarkers(noSeparator)).toEqual({ text: noSeparator, conflicts: [] });
  });

  it('keeps CRLF line ends on the kept side', () => {
    const text = '<<<<<<< HEAD\r\nours\r\n=======\r\ntheirs\r\n>>>>>>> x\r\nend\r\n';
    expect(resolveMergeMarkers(text).text).toBe('ours\r\nend\r\n');
  });

  it('does not take longer runs of < or = for markers', () => {
    const text = lines('<<<<<<<< not a marker', '========', '>>>>>>>> nor this');
    expect(resolveMergeMarkers(text)).toEqual({ text, conflicts: [] });
  });
});
