import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { damageLikeCp1254 } from '../../scripts/lib/damage.ts';
import { decodeBytes, normalizeLineEnds } from '@/ingest/decode';
import { loadDictionaryModel } from '@/ingest/repair/mojibake-model';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const SUMMARY = '# 稀疏注意力的一个小实验\n\n**作者**: Zoë Ångström\n\n本文在两个数据集上比较了三种方法。\n';

describe('decodeBytes', () => {
  // The first damaged file loads the repair's Chinese dictionary, once per process: about 2.5 s of CPU,
  // several times that on a busy machine. It is set-up, not the decoding under test, so it runs here
  // with a time of its own instead of inside the first repair's 20 s.
  beforeAll(() => loadDictionaryModel(), 60_000);

  it('returns clean UTF-8 as it is, with nothing to report', async () => {
    expect(await decodeBytes(utf8(SUMMARY))).toEqual({ text: SUMMARY, repairs: [], notes: [] });
  });

  it('strips a UTF-8 byte-order mark and notes it without calling it a repair', async () => {
    const decoded = await decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SUMMARY)]));
    expect(decoded.text).toBe(SUMMARY);
    expect(decoded.repairs).toEqual([]);
    expect(decoded.notes).toEqual([{ severity: 'info', code: 'bom-removed', message: 'removed a UTF-8 byte-order mark' }]);
  });

  it('reads a GB18030 file and records the conversion', async () => {
    const decoded = await decodeBytes(iconv.encode(SUMMARY.replace('Zoë Ångström', '王小明'), 'gb18030'));
    expect(decoded.text).toBe(SUMMARY.replace('Zoë Ångström', '王小明'));
    expect(decoded.repairs).toEqual(['encoding:gb18030']);
    expect(decoded.notes[0]).toMatchObject({ severity: 'info', code: 'encoding-converted' });
  });

  it('does not mistake Latin-1 text for GB18030 and warns about the bad bytes instead', async () => {
    const decoded = await decodeBytes(iconv.encode('title: Müller\nauthors: Jörg Müller\n', 'latin1'));
    expect(decoded.repairs).toEqual([]);
    expect(decoded.notes).toEqual([expect.objectContaining({ severity: 'warning', code: 'invalid-utf8', line: 1 })]);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('reads %s with a byte-order mark', async (encoding, bom) => {
    const body = iconv.encode(SUMMARY, encoding);
    const decoded = await decodeBytes(Uint8Array.from([...bom, ...body]));
    expect(decoded.text).toBe(SUMMARY);
    expect(decoded.repairs).toEqual([`encoding:${encoding}`]);
  });

  it('keeps CRLF and lone CR, which a later stage may read as an eaten \\r', async () => {
    const text = '**作者**: A\r\n公式 $a \rightarrow b$\r';
    expect((await decodeBytes(utf8(text))).text).toBe(text);
  });

  it('repairs UTF-8 that was read as Windows-1254 and says which line it started on', async () => {
    const clean = '---\ntitle: A small test\n---\n\n**作者**: Jörg Schrödinger\n\n## 📋 核心要点\n';
    const decoded = await decodeBytes(utf8(damageLikeCp1254(clean)));
    expect(decoded.text).toBe(clean);
    expect(decoded.repairs).toEqual(['encoding:cp1254-mojibake']);
    expect(decoded.notes).toEqual([expect.objectContaining({ severity: 'info', code: 'encoding-repaired', line: 5 })]);
  });

  it('drops a byte-order mark that went through the same damage', async () => {
    const decoded = await decodeBytes(utf8(damageLikeCp1254('\uFEFF**作者**: Jörg\n\n## 📋 核心要点\n')));
    expect(decoded.text).toBe('**作者**: Jörg\n\n## 📋 核心要点\n');
  });
});

describe('normalizeLineEnds', () => {
  it('turns CRLF and lone CR into LF and leaves LF alone', () => {
    expect(normalizeLineEnds('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
