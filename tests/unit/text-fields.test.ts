import { describe, expect, it } from 'vitest';
import { codeLinksInRemark, decodeTextEntities, unwrapBold } from '@/ingest/text-fields';

describe('decodeTextEntities', () => {
  it('decodes entities of plain characters', () => {
    expect(decodeTextEntities('6.2% &#177; 2.8% &plusmn; 1 &#x3B1; caf&eacute;')).toBe('6.2% ± 2.8% ± 1 α café');
  });

  it('keeps entities of characters Markdown reads as markup, and code', () => {
    const text = 'a &lt;b&gt; &amp; &#36;x&#36; &#42; `&#177;`';
    expect(decodeTextEntities(text)).toBe(text);
  });

  it('leaves unknown names alone', () => {
    expect(decodeTextEntities('&notanentity; &#0;')).toBe('&notanentity; &#0;');
  });
});

describe('codeLinksInRemark', () => {
  it("offers a code host URL in a remark as a code link, without the sentence's full stop", () => {
    expect(codeLinksInRemark('Accepted at a venue. Code available at: https://github.com/example-lab/moss.')).toEqual([
      { label: 'GitHub', url: 'https://github.com/example-lab/moss' },
    ]);
  });

  it('reads a project page named as one, and ignores other URLs', () => {
    expect(codeLinksInRemark('Project page: https://moss.example.org/demo')).toEqual([
      { label: 'Project page', url: 'https://moss.example.org/demo' },
    ]);
    expect(codeLinksInRemark('See https://example.org/slides for the talk')).toEqual([]);
    expect(codeLinksInRemark(undefined)).toEqual([]);
  });
});

describe('unwrapBold', () => {
  it('unwraps only a bold that holds the whole text', () => {
    expect(unwrapBold('  **All of it.**  ')).toBe('All of it.');
    expect(unwrapBold('**One** and **two**')).toBe('**One** and **two**');
    expect(unwrapBold('****')).toBe('****');
    expect(unwrapBold('plain')).toBe('plain');
  });
});
