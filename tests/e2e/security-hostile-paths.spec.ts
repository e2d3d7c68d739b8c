import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readPapers } from '../../src/loader/read-papers';
import { paperIdSlug } from '../../src/shared/paper-id';
import { pathSegment } from '../../src/shared/path-segment';

/**
 * The hostile site was built (playwright.config.ts) from tests/fixtures/hostile, paths/ included:
 * facet values `..`, `.`, `index.html`, an id and the same id plus `.bib`, a 300-character id, NUL
 * in categories and keywords, a PNG named .md. The build went through; here its output must hold
 * exactly the papers `check:content` (the same readPapers) said it would keep, each with its page
 * and .bib file.
 */
const SITE = `dist-e2e-hostile${process.env.E2E_SUFFIX ?? ''}`;
const FIXTURES = new URL('../fixtures/hostile/', import.meta.url).pathname;

test('the hostile site has a page and a .bib file for every paper check:content kept, and nothing else', async () => {
  const result = await readPapers({ dir: FIXTURES, base: '/' });
  // Pages and .bib files are named by each id's slug (a safe path segment); the ids themselves are kept.
  const kept = result.papers.map((paper) => paperIdSlug(paper.id)).sort();
  const built = readdirSync(join(SITE, 'papers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  expect(built).toEqual(kept);
  for (const slug of kept) expect(existsSync(join(SITE, 'papers', `${slug}.bib`)), slug).toBe(true);
  // Files check:content reports an error on are the ones the build left out.
  const skipped = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  expect(result.stats.skipped).toBe(skipped.size);
});

test('facet values that are path segments get listing pages of their own', async ({ page }) => {
  for (const [facet, value] of [
    ['categories', '..'],
    ['categories', '.'],
    ['categories', 'index.html'],
    ['keywords', '..'],
    ['domains', 'index.json'],
  ] as const) {
    const response = await page.goto(`${facet}/${encodeURIComponent(pathSegment(value))}/`);
    expect(response?.status(), `${facet} ${value}`).toBe(200);
    await expect(page.getByRole('link', { name: /^Path hostile/ }).first()).toBeVisible();
  }
  // The index pages of categories and keywords are still the index pages.
  await page.goto('categories/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an id and the same id plus ".bib" are two papers with a page and a .bib file each', async ({ page }) => {
  for (const id of ['2502.00004', pathSegment('2502.00004.bib')]) {
    const response = await page.goto(`papers/${id}/`);
    expect(response?.status(), id).toBe(200);
    const bib = await page.request.get(`papers/${id}.bib`);
    expect(bib.status(), `${id}.bib`).toBe(200);
    expect(await bib.text()).toMatch(/^@misc\{/);
  }
});
