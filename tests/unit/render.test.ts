import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from '@/markdown/render';

describe('renderMarkdown', () => {
  it('renders inline and display math with KaTeX on the server', () => {
    const { html, mathErrors } = renderMarkdown('Loss $a^2$ is\n\n$$\n\\frac{1}{n}\n$$\n');
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('$$');
    expect(mathErrors).toEqual([]);
  });

  it('marks a broken formula as an error instead of failing', () => {
    const { html, mathErrors } = renderMarkdown('bad $\\frac{1}{$ here');
    expect(html).toContain('katex-error');
    expect(mathErrors).toHaveLength(1);
  });

  it('drops scripts, event handlers and javascript: links from raw HTML', () => {
    const { html } = renderMarkdown(
      '<script>alert(1)</script><img src="x.png" onerror="alert(2)">\n\n[x](javascript:alert(3)) <b onclick="y()">bold</b>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:/);
    expect(html).toContain('<img src="x.png">');
    expect(html).toContain('<b>bold</b>');
  });

  it('refuses KaTeX commands that could link or load anything', () => {
    const { html } = renderMarkdown('$\\href{javascript:alert(1)}{x}$');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('\\href');
  });

  it('prefixes root-relative URLs with the base path', () => {
    const { html } = renderMarkdown('![a](/fig/a.svg) [b](/papers/x/) [c](https://e.org/)', '/shelf/');
    expect(html).toContain('src="/shelf/fig/a.svg"');
    expect(html).toContain('href="/shelf/papers/x/"');
    expect(html).toContain('href="https://e.org/"');
  });
});

describe('renderInlineMarkdown', () => {
  it('returns a title without its paragraph wrapper', () => {
    expect(renderInlineMarkdown('Scaling **laws** for $n$').html).toMatch(/^Scaling <strong>laws<\/strong> for <span class="katex">/);
  });
});

describe('renderMarkdown on deep nesting', () => {
  it('shows text nested deeper than the limit as plain paragraphs, quickly, and says why', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    // CPU time, not wall time: a busy machine does not inflate it.
    const started = process.cpuUsage();
    const rendered = renderMarkdown(list);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(rendered.error).toMatch(/nesting \d+ levels deep/);
    expect(rendered.html).toContain('level 1999');
    expect(rendered.html).not.toContain('<ul>');
  });

  it('still renders ordinary nesting as Markdown', () => {
    const rendered = renderMarkdown('> quote\n>\n> - item\n>   - sub item\n');
    expect(rendered.error).toBeUndefined();
    expect(rendered.html).toContain('<blockquote>');
  });
});

describe('renderMarkdown and DOM clobbering', () => {
  it('prefixes ids and names from content, so they cannot replace document properties or page ids', () => {
    const { html } = renderMarkdown(
      '<img name="querySelectorAll" src="a.png"> <a id="main">x</a> <a name="createElement">y</a> <details id="search-input"><summary>s</summary></details>',
    );
    expect(html).toContain('name="user-content-querySelectorAll"');
    expect(html).toContain('id="user-content-main"');
    expect(html).toContain('name="user-content-createElement"');
    expect(html).toContain('id="user-content-search-input"');
    expect(html).not.toMatch(/\s(id|name)="(?!user-content-)/);
  });

  it('keeps footnote links and back links pointing at their prefixed targets', () => {
    const { html } = renderMarkdown('Claim.[^1]\n\n[^1]: The note.');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) expect(ids, target).toContain(decodeURIComponent(target));
    for (const id of ids) expect(id.startsWith('user-content-')).toBe(true);
  });

  it('points a summary’s own in-page link at its own prefixed anchor, and leaves links to the page alone', () => {
    const { html } = renderMarkdown('<a id="here">anchor</a> [to it](#here) [to the abstracts](#abstracts)');
    expect(html).toContain('href="#user-content-here"');
    expect(html).toContain('href="#abstracts"');
  });
});

describe('renderMarkdown ids', () => {
  it('keeps an id once per fragment', () => {
    const { html } = renderMarkdown('<a id="x">1</a> <a id="x">2</a> <img id="x" src="a.png">');
    expect(html.match(/id="user-content-x"/g)).toHaveLength(1);
  });
});

describe('renderMarkdown ids across the fragments of one page', () => {
  it('renames an id an earlier fragment took, and the fragment’s links with it', () => {
    const contentIds = new Set<string>();
    const first = renderMarkdown('One.[^1]\n\n[^1]: First note.', '/', { contentIds }).html;
    const second = renderMarkdown('Two.[^1]\n\n[^1]: Second note.', '/', { contentIds }).html;
    const idsOf = (html: string) => [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!);
    expect(idsOf(first).filter((id) => idsOf(second).includes(id))).toEqual([]);
    for (const html of [first, second]) {
      for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(idsOf(html)).toContain(decodeURIComponent(target!));
    }
  });

  it('drops ids and names from one-line fragments, which listings repeat', () => {
    expect(renderInlineMarkdown('<a id="x" name="y">t</a>').html).toBe('<a>t</a>');
  });
});
