/**
 * The import boundaries of eslint.config.js fire: each folder's forbidden imports are reported, and
 * the imports the layout allows are not. Files are linted as text under a path inside src/, so
 * nothing bad is ever written into the tree.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The boundary messages for a file at `path` that imports each of `imports`. */
async function boundaryErrors(path: string, imports: readonly string[]): Promise<string[]> {
  const code = imports.map((name) => `import '${name}';`).join('\n') + '\n';
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  // Loading the config and its plugins takes seconds on a busy machine; once, outside the tests' time.
  beforeAll(() => eslint.calculateConfigForFile('src/client/example.ts'), 120_000);

  it('keeps Node, Astro and build folders out of browser modules', async () => {
    const forbidden = [
      'node:fs',
      'fs',
      'astro:content',
      'astro:assets',
      '../../lib/papers',
      '@/loader/side-files',
      '../../ingest/index.ts',
      '../../markdown/render.ts',
      '../../integrations/katex-assets',
      '../../lib/search/build-index',
    ];
    const errors = await boundaryErrors('src/client/favourites/example.ts', forbidden);
    expect(errors).toHaveLength(forbidden.length);
    expect(errors[0]).toMatch(/build time/);
  });

  it('checks the <script> of a component, not its frontmatter', async () => {
    const code =
      "---\nimport { getCollection } from 'astro:content';\nawait getCollection('papers');\n---\n<script>\n  import { readFile } from 'node:fs/promises';\n  void readFile;\n</script>\n";
    const [result] = await eslint.lintText(code, { filePath: 'src/components/Example.astro' });
    const errors = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(6);
  });

  it('lets browser modules use shared code, i18n and each other', async () => {
    expect(await boundaryErrors('src/client/example.ts', ['../shared/urls', '../i18n/format', './safe-storage', 'fuse.js/basic'])).toEqual(
      [],
    );
  });

  it('keeps shared code free of either side', async () => {
    const errors = await boundaryErrors('src/shared/example.ts', [
      'node:path',
      'astro:content',
      '../client/i18n',
      '../lib/papers',
      '../loader/side-files.ts',
      '../client/search/engine',
    ]);
    expect(errors).toHaveLength(6);
    expect(await boundaryErrors('src/shared/example.ts', ['./paths.ts'])).toEqual([]);
  });

  it('keeps Astro and the site out of the ingest pipeline', async () => {
    const errors = await boundaryErrors('src/ingest/formats/example.ts', [
      'astro:content',
      'astro/loaders',
      '../../loader/files.ts',
      '../../lib/papers',
      '@/config',
    ]);
    expect(errors).toHaveLength(5);
    expect(await boundaryErrors('src/ingest/formats/example.ts', ['../schema.ts', 'node:path', 'yaml'])).toEqual([]);
  });

  it('lets imports run one way: ingest → loader → lib → pages', async () => {
    expect(
      await boundaryErrors('src/loader/example.ts', ['../lib/papers', '../integrations/bibtex-files.ts', '../pages/index.astro']),
    ).toHaveLength(3);
    expect(
      await boundaryErrors('src/loader/example.ts', [
        '../ingest/index.ts',
        '../markdown/render.ts',
        '../shared/bibtex.ts',
        'astro/loaders',
      ]),
    ).toEqual([]);
    expect(await boundaryErrors('src/lib/example.ts', ['../loader/side-files', '../shared/urls', 'astro:content', 'node:fs'])).toEqual([]);
    expect(await boundaryErrors('src/lib/example.ts', ['../components/PaperCard.astro', '../client/share'])).toHaveLength(2);
  });

  it('keeps the base path and storage each in one module', async () => {
    const code =
      '---\nconst base = import.meta.env.BASE_URL;\n---\n<a href={base}>home</a>\n<script>\n  console.log(window.localStorage.length);\n</script>\n';
    const [result] = await eslint.lintText(code, { filePath: 'src/components/Example.astro' });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line)).toEqual([2, 6]);
  });
});
