import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links';

let site: string | undefined;

function build(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('checkLinks', () => {
  it('follows page, asset and fragment links under the base path', () => {
    const dir = build({
      'index.html':
        '<a href="/shelf/papers/a/#method">a</a><img src="/shelf/logo.svg"><a href="https://example.org/">out</a><a href="#top">top</a><p id="top"></p>',
      'papers/a/index.html': '<h2 id="method">Method</h2><a href="../../">home</a>',
      'logo.svg': '<svg/>',
    });
    expect(checkLinks(dir, '/shelf/')).toEqual({ pages: 2, links: 4, broken: [] });
  });

  it('reports missing files, missing fragments and links outside the base path', () => {
    const dir = build({
      'index.html':
        '<a href="/shelf/gone/">gone</a><a href="/shelf/#nowhere">frag</a><a href="/elsewhere/">outside</a><a href="/shelf/%3Cb%3E/">encoded</a>',
      '<b>/index.html': '',
    });
    expect(checkLinks(dir, '/shelf/').broken.map((link) => `${link.href} ${link.reason}`)).toEqual([
      '/shelf/gone/ no such file',
      '/shelf/#nowhere no element with id "nowhere"',
      '/elsewhere/ no such file',
    ]);
  });
});
