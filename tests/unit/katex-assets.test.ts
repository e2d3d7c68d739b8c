import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATEX_VERSION, copyKatexAssets, keepWoff2Only } from '@/integrations/katex-assets';
import { tempFolders } from '../temp-folders';

const folder = tempFolders('papershelf-public-');

describe('keepWoff2Only', () => {
  it('drops the woff and ttf alternatives of a font face', () => {
    const css = '@font-face{src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
    expect(keepWoff2Only(css)).toBe('@font-face{src:url(fonts/A.woff2) format("woff2")}');
  });
});

describe('copyKatexAssets', () => {
  it('writes a stylesheet whose every font file exists beside it', () => {
    const publicDir = folder();
    copyKatexAssets(publicDir);
    const dir = join(publicDir, 'katex', KATEX_VERSION);
    const css = readFileSync(join(dir, 'katex.min.css'), 'utf8');
    const fonts = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(10);
    for (const font of fonts) expect(existsSync(join(dir, font)), font).toBe(true);
    expect(readdirSync(join(dir, 'fonts')).every((f) => f.endsWith('.woff2'))).toBe(true);
  });
});
