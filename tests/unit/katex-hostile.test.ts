import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { katexOptions } from '@/markdown/options';
import { renderMarkdown } from '@/markdown/render';

/** Every element of an HTML fragment, so tests look at markup, not at text that merely mentions it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
    found.push(el);
  });
  return found;
}

/**
 * Renders math through the site's own pipeline and says how much CPU time it took: the bound is on
 * the work, which a busy machine does not inflate as it does wall time.
 */
function timed(markdown: string) {
  const start = process.cpuUsage();
  const rendered = renderMarkdown(markdown);
  const used = process.cpuUsage(start);
  return { ...rendered, ms: (used.user + used.system) / 1000 };
}

describe('KaTeX with hostile input', () => {
  // What the options do, seen in the output (restating the options object would pass whatever they did).
  it('stops a macro that expands forever with an error in place of the formula', () => {
    const { html, ms } = timed('$\\def\\x{\\x\\x}\\x$');
    expect(html).toMatch(/class="katex-error"[^>]*title="[^"]*Too many expansions/);
    expect(ms).toBeLessThan(5_000);
  });

  it('clamps a huge size to the bound and leaves a small one as written', () => {
    expect(timed('$\\rule{500em}{500em}$').html).toContain('border-right-width:20em;border-top-width:20em');
    expect(timed('$\\rule{5em}{5em}$').html).toContain('border-right-width:5em;border-top-width:5em');
  });

  it.each([
    ['\\href', '$\\href{javascript:window.__pwned=1}{click}$'],
    ['\\url', '$\\url{javascript:alert(1)}$'],
    ['\\includegraphics', '$\\includegraphics[height=1em]{https://evil.example/x.png}$'],
    ['\\htmlData', '$\\htmlData{onclick=alert(1)}{x}$'],
    ['\\htmlId', '$\\htmlId{main}{x}$'],
    ['\\htmlClass', '$\\htmlClass{skip-link}{x}$'],
    ['\\htmlStyle', '$\\htmlStyle{position:fixed}{x}$'],
  ])('renders %s without a link, image or attribute it asked for', (_, markdown) => {
    const elements = elementsOf(timed(markdown).html);
    // Something was rendered, so the checks on each element below look at markup.
    expect(elements.length).toBeGreaterThan(0);
    expect(elements.filter((el) => ['a', 'img', 'script', 'iframe'].includes(el.tagName))).toEqual([]);
    for (const el of elements) {
      const { href, src, id, className, style } = el.properties;
      expect([href, src, id]).toEqual([undefined, undefined, undefined]);
      expect(Object.keys(el.properties).filter((k) => /^data|^on/i.test(k))).toEqual([]);
      expect(String(className ?? '')).not.toContain('skip-link');
      expect(String(style ?? '')).not.toContain('position:fixed');
    }
  });

  it('stops a self-recursive macro quickly with an error', () => {
    const { html, mathErrors, ms } = timed('$\\def\\a{\\a\\a}\\a$');
    expect(mathErrors.map((e) => e.reason).join(' ')).toMatch(/Too many expansions/);
    expect(html).toContain('katex-error');
    expect(ms).toBeLessThan(1000);
  });

  it('stops exponential macro expansion quickly with an error', () => {
    const bomb =
      '$\\def\\x{aa}\\def\\y{\\x\\x\\x\\x\\x\\x\\x\\x\\x\\x}\\def\\z{\\y\\y\\y\\y\\y\\y\\y\\y\\y\\y}\\z\\z\\z\\z\\z\\z\\z\\z\\z\\z\\z$';
    const { mathErrors, ms } = timed(bomb);
    expect(mathErrors.map((e) => e.reason).join(' ')).toMatch(/Too many expansions/);
    expect(ms).toBeLessThan(1000);
  });

  it('renders a 50,000-character formula, or an error, within two seconds', () => {
    const formula = 'x_{1}+'.repeat(8334).slice(0, 50_000);
    const { html, ms } = timed(`$$\n${formula}\n$$`);
    expect(html).toMatch(/katex/);
    expect(ms).toBeLessThan(2000);
  });

  it('renders 2,000 nested braces within two seconds without overflowing the stack', () => {
    const { html, ms } = timed(`$${'{'.repeat(2000)}x${'}'.repeat(2000)}$`);
    expect(html).toMatch(/katex/);
    expect(ms).toBeLessThan(2000);
  });

  it('clamps a huge rule to maxSize', () => {
    const html = katex.renderToString('\\rule{100000em}{100000em}', { ...katexOptions, throwOnError: false });
    const styles = elementsOf(html).map((el) => String(el.properties.style ?? ''));
    const sizes = styles.flatMap((style) => [...style.matchAll(/([\d.]+)em/g)].map((m) => Number(m[1])));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(katexOptions.maxSize! * 2);
  });

  it('keeps raw HTML in \\text as text', () => {
    const { html } = timed('$\\text{<script>window.__pwned=1</script>}$');
    expect(elementsOf(html).map((el) => el.tagName)).not.toContain('script');
  });
});
