import { describe, expect, it } from 'vitest';
import { feedDescription, feedHtml, feedTitle, xmlSafe } from '../../src/lib/feed-content';
import { opml } from '../../src/lib/opml';
import { renderMarkdown } from '../../src/markdown/render';
import { parseStrictXml } from '../xml';

const site = new URL('https://papershelf.example');
const labels = { takeaway: 'Takeaway', abstractZh: '摘要', abstractEn: 'Abstract' };

describe('xmlSafe', () => {
  it('removes the control characters XML 1.0 forbids and keeps tab, newline and return', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u001ff\tg\nh\ri\uFFFEj\uFFFF')).toBe('abcdef\tg\nh\rij');
  });

  it('removes lone surrogates and keeps characters outside the BMP', () => {
    expect(xmlSafe('x\uD800y\uDC00z😀')).toBe('xyz😀');
  });
});

describe('feedTitle', () => {
  it('is plain text with math made readable and no control characters', () => {
    expect(feedTitle('Scaling $\\alpha$-Flows\u0008 to $\\mathcal{O}(n)$ **fast**')).toBe('Scaling α-Flows to 𝒪(n) fast');
  });
});

describe('feedHtml', () => {
  it('makes links and images absolute under the site', () => {
    const html = feedHtml('<p><a href="/shelf/papers/x/">x</a> <img src="/shelf/fig.svg" alt=""></p>', site);
    expect(html).toContain('href="https://papershelf.example/shelf/papers/x/"');
    expect(html).toContain('src="https://papershelf.example/shelf/fig.svg"');
  });

  it("leaves KaTeX's visual markup out and keeps its MathML", () => {
    const rendered = renderMarkdown('损失 $x^2$ 下降').html;
    expect(rendered).toContain('katex-html');
    const html = feedHtml(rendered, site);
    expect(html).not.toContain('katex-html');
    expect(html).toContain('<math');
  });
});

describe('feedDescription', () => {
  it('is built from the sanitized HTML: raw HTML of the source never reaches it', () => {
    const source = 'Takeaway <img src=x onerror="alert(1)"><script>alert(2)</script> [click](javascript:alert(3)) \u0001done';
    const description = feedDescription({ takeaway: renderMarkdown(source).html, abstractEn: '<p>English</p>' }, labels, site);
    expect(description).not.toMatch(/onerror|<script|javascript:/);
    expect(description).not.toContain('\u0001');
    expect(description).toContain('<h3>Takeaway</h3>');
    expect(description).toContain('<h3>Abstract</h3>');
    expect(description).not.toContain('摘要');
  });
});

describe('opml', () => {
  it('lists every feed under its group, escaped, and parses as XML', () => {
    const text = opml('Shelf & co', [
      { title: 'Site', feeds: [{ title: 'All "papers"', xmlUrl: 'https://x.example/rss.xml', htmlUrl: 'https://x.example/' }] },
      {
        title: 'Keywords',
        feeds: [
          { title: 'Keyword: <扩散>\u0001', xmlUrl: 'https://x.example/keywords/a/rss.xml', htmlUrl: 'https://x.example/keywords/a/' },
        ],
      },
      { title: 'Empty', feeds: [] },
    ]);
    const outlines = Array.from(parseStrictXml(text, 'opml').getElementsByTagName('outline'));
    const groups = outlines.filter((o) => !o.getAttribute('xmlUrl'));
    expect(groups.map((g) => g.getAttribute('text'))).toEqual(['Site', 'Keywords']);
    const feeds = outlines.filter((o) => o.getAttribute('xmlUrl'));
    expect(feeds.map((f) => f.getAttribute('text'))).toEqual(['All "papers"', 'Keyword: <扩散>']);
    expect(feeds[0]!.getAttribute('xmlUrl')).toBe('https://x.example/rss.xml');
  });
});

describe("parseStrictXml (the tests' own checker)", () => {
  it('rejects what XML 1.0 forbids, raw or as a character reference, and malformed markup', () => {
    expect(() => parseStrictXml('<a>x\u0001</a>', 't')).toThrow(/U\+0001/);
    expect(() => parseStrictXml('<a>&#8;</a>', 't')).toThrow(/&#8;/);
    expect(() => parseStrictXml('<a><b></a>', 't')).toThrow();
    expect(parseStrictXml('<a>ok &amp; fine</a>', 't').documentElement?.textContent).toBe('ok & fine');
  });
});
