import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';

// The paper fixture site as its project's web server built it (see playwright.config.ts): four papers of
// our own, the fullest with every optional field, a figure and a table of contents, and the listings,
// indexes and date views they appear in. Its size is fixed, so this walk over every page stays short.
const SITE = `dist-e2e-site-paper${process.env.E2E_SUFFIX ?? ''}`;

test('every internal link and #fragment of the paper pages and their listings leads somewhere', () => {
  const report = checkLinks(SITE, '/');
  expect(report.pages).toBeGreaterThan(20);
  expect(report.broken).toEqual([]);
});
