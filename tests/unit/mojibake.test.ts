import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { damageLikeCp1254 } from '../../scripts/lib/damage.ts';
import { chooseCharacters } from '@/ingest/repair/mojibake-choose';
import { mayBeMojibake, scanForMojibake } from '@/ingest/repair/mojibake-detect';
import { dictionaryFromLines, isDictionaryLoaded, loadDictionaryModel } from '@/ingest/repair/mojibake-model';
import { repairMojibake } from '@/ingest/repair/mojibake';
import { readDamagedUtf8 } from '@/ingest/repair/utf8-gaps';
import { DIGEST_CORE_LABELS } from '@/ingest/formats/digest-labels';

// Our own digest-like snippet: labels, accented names, and Chinese whose bytes get lost.
const DIGEST = [
  '**作者**: Ana Martínez, Jörg Schrödinger',
  '',
  '**分类**: cs.CL',
  '',
  '## 💡 一句话要点',
  '',
  '**提出一种轻量的检索增强方法，在问答任务中降低推理成本。**',
  '',
  '## 📝 摘要（中文）',
  '',
  '本文研究如何让语言模型在回答问题时引用可靠的资料。我们设计了一个简单的检索模块，并在三个公开数据集上进行实验。',
  '',
  '## 🎯 应用场景',
  '',
  '该方法可以用于客服系统与教育平台。',
].join('\n');
const LABELS = ['**作者**', '**分类**', '## 💡 一句话要点', '## 📝 摘要（中文）', '## 🎯 应用场景'];

const CLEAN_TEXTS = {
  chinese: '## 📋 核心要点\n\n1. 现有方法在长文本上表现不稳定。\n',
  accented: 'Authors: Petra Törnberg, Erwin Schrödinger, Zoë Ångström, José Muñoz',
  turkish: 'Türkçe özet: Bu çalışmada dağıtık öğrenme için yeni bir yöntem öneriyoruz. İşlem sırası değişmez.',
  quotes: 'He said “it works” – and it did… ‘mostly’ • 50 €',
  emoji: '☆ 收藏 🔗 分享 📄 arXiv 📥 PDF ✔️ done',
  frenchSpacing: 'Résumé\u00a0: une étude\u00a0! Très utile\u00a0; déjà vérifié\u00a0? Oui, à l’été\u00a0!',
  onePairAmongAccents: 'Café crème à la carte, prix Ã© fixe: one odd pair among real accents is not damage.',
};

describe('damageLikeCp1254', () => {
  it('shows UTF-8 bytes as Windows-1254 letters and drops the bytes it cannot show', () => {
    expect(damageLikeCp1254('要')).toBe('è¦'); // E8 A6 81: 0x81 is undefined in cp1254
    expect(damageLikeCp1254('学')).toBe('å¦'); // E5 AD A6: 0xAD is an invisible soft hyphen
    expect(damageLikeCp1254('Törnberg 🎯')).toBe('TÃ¶rnberg ğŸ¯');
  });
});

describe('readDamagedUtf8', () => {
  it('offers every character the lost bytes could have made', () => {
    const slots = readDamagedUtf8(bytesOf('ä¸'))!;
    expect(slots).toHaveLength(1);
    expect(slots[0]).toEqual(expect.arrayContaining(['中', '不', '与']));
  });

  it('refuses bytes that byte loss alone cannot explain', () => {
    expect(readDamagedUtf8(Uint8Array.from([0x61, 0xa4]))).toBeNull(); // a continuation byte with no lead
    expect(readDamagedUtf8(Uint8Array.from([0xc3, 0xa4, 0xa4]))).toBeNull(); // one continuation too many
  });
});

describe('chooseCharacters', () => {
  it('picks adjacent gaps together rather than one at a time', () => {
    const likes = new Set(['\nA', 'AB', 'B\n']);
    const score = (a: string, b: string): number => (likes.has(a + b) ? 0 : -5);
    expect(
      chooseCharacters(
        [
          ['A', 'C'],
          ['D', 'B'],
        ],
        score,
      ),
    ).toBe('AB');
  });
});

describe('mojibake detection', () => {
  it.each(Object.entries(CLEAN_TEXTS))('leaves %s text alone', async (_kind, text) => {
    expect(scanForMojibake(text)).toBeNull();
    expect(await repairMojibake(text)).toBeNull();
  });

  it('rejects clean text with one regular-expression test and never loads the dictionary', async () => {
    expect(mayBeMojibake(CLEAN_TEXTS.chinese + CLEAN_TEXTS.turkish)).toBe(false);
    for (const text of Object.values(CLEAN_TEXTS)) await repairMojibake(text);
    expect(isDictionaryLoaded()).toBe(false);
  });

  it('finds the damaged lines of a damaged digest', () => {
    const scan = scanForMojibake(damageLikeCp1254(DIGEST))!;
    expect(scan.damaged.map((line) => line.index)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  });
});

describe('repairMojibake', () => {
  // Loading the Chinese dictionary takes about 2.5 s of CPU once per process, several times that on a
  // busy machine: set-up with a time of its own, not part of the first repair's 20 s. The suite above
  // runs first, so it still sees clean text never load it.
  beforeAll(() => loadDictionaryModel(), 60_000);

  it('restores an accented name whose bytes all survived, without the dictionary', async () => {
    const dictionary = dictionaryFromLines('作者 100 n\n');
    const repair = await repairMojibake(damageLikeCp1254('**作者**: Jörg Schrödinger, Petra Törnberg'), { dictionary });
    expect(repair?.text).toBe('**作者**: Jörg Schrödinger, Petra Törnberg');
    expect(repair?.guessed).toBe(0);
  });

  it('brings every digest label back exactly and leaves no replacement character', async () => {
    const repair = (await repairMojibake(damageLikeCp1254(DIGEST)))!;
    for (const label of LABELS) expect(repair.text).toContain(label);
    expect(repair.text).toContain('Ana Martínez, Jörg Schrödinger');
    expect(repair.text).not.toContain('\uFFFD');
    expect(restoredShare(DIGEST, repair.text)).toBeGreaterThan(0.95);
    expect(repair.guessed).toBeGreaterThan(0);
  });

  it('learns character context from clean texts the caller passes in', async () => {
    const learnFrom = ['我们在翻译任务中验证了效果。', '推荐系统与搜索引擎都需要排序。', '轻量的模型更容易部署。'];
    const repair = await repairMojibake(damageLikeCp1254(DIGEST), { learnFrom });
    expect(repair?.text).toBe(DIGEST);
  });

  it('changes nothing when run on its own output', async () => {
    const once = (await repairMojibake(damageLikeCp1254(DIGEST)))!.text;
    expect(await repairMojibake(once)).toBeNull();
  });

  it('repairs the damaged lines of a mixed file and keeps its clean lines', async () => {
    const mixed = [
      damageLikeCp1254('## 📋 核心要点'),
      '本行没有损坏，café 也保持原样。',
      damageLikeCp1254('**关键词**: `检索` `问答`'),
    ].join('\n');
    const repair = (await repairMojibake(mixed))!;
    expect(repair.text).toBe('## 📋 核心要点\n本行没有损坏，café 也保持原样。\n**关键词**: `检索` `问答`');
    expect(repair.repairedLines).toEqual([0, 2]);
  });

  it('reports a damaged-looking line that byte loss cannot explain and leaves it as it is', async () => {
    const odd = 'Ã¤Ã¶ ¤¤ Ã¼'; // stray continuation bytes: some other accident
    const repair = (await repairMojibake([damageLikeCp1254('## 🔬 方法详解'), odd].join('\n')))!;
    expect(repair.text.split('\n')).toEqual(['## 🔬 方法详解', odd]);
    expect(repair.unrepairedLines).toEqual([1]);
  });

  it('keeps carriage returns where they are', async () => {
    const repair = await repairMojibake(damageLikeCp1254('## 📊 实验亮点\r\n\r旋转\r\n'));
    expect(repair?.text).toBe('## 📊 实验亮点\r\n\r旋转\r\n');
  });
});

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const SEEDS = join(SHARED, 'seeds');

// The same check as on seed 000 below, on our own digest damaged the same way, so it always runs.
describe('repairMojibake on our own damaged digest', () => {
  it('repairs it to no U+FFFD with every digest label exact', { timeout: 60_000 }, async () => {
    const clean = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'samples', 'damaged-digest.clean.md'), 'utf8');
    const damaged = damageLikeCp1254(clean);
    for (const label of DIGEST_CORE_LABELS) expect(damaged).not.toContain(label);
    const repair = (await repairMojibake(damaged))!;
    expect(repair.text).not.toContain('\uFFFD');
    for (const label of DIGEST_CORE_LABELS) expect(repair.text).toContain(label);
    expect(repair.unrepairedLines).toEqual([]);
    expect(restoredShare(clean, repair.text)).toBeGreaterThan(0.95);
  });
});

describe('repairMojibake on the shared seed', () => {
  it.skipIf(!existsSync(SEEDS))('repairs seed 000 to no U+FFFD with every digest label exact', async () => {
    const name = readdirSync(SEEDS).find((file) => file.startsWith('000_'))!;
    const repair = (await repairMojibake(readFileSync(join(SEEDS, name), 'utf8')))!;
    expect(repair.text).not.toContain('\uFFFD');
    for (const label of DIGEST_CORE_LABELS) expect(repair.text).toContain(label);
    expect(repair.unrepairedLines).toEqual([]);
  });
});

function bytesOf(damaged: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = damageLikeCp1254(String.fromCharCode(byte));
    if (byte < 0x80) table.set(char, byte);
  }
  // Only the characters used above: Latin-1 letters keep their code as their byte.
  return Uint8Array.from([...damaged].map((char) => table.get(char) ?? char.charCodeAt(0)));
}

function restoredShare(clean: string, repaired: string): number {
  const want = [...clean];
  const got = [...repaired];
  const nonAscii = want.filter((char) => char.charCodeAt(0) >= 0x80).length;
  const right = want.filter((char, i) => char.charCodeAt(0) >= 0x80 && got[i] === char).length;
  return right / nonAscii;
}
