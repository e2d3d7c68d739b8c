import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';

// The library fixture site as its project's web server built it (see playwright.config.ts): a fixed set
// of papers, so this walk over every page takes the same time whatever the bundled sample holds.
const SITE = `dist-e2e-site-library${process.env.E2E_SUFFIX ?? ''}`;

test('every internal link and #fragment of the site at the root leads somewhere', () => {
  const report = checkLinks(SITE, '/');
  expect(report.pages).toBeGreaterThan(20);
  expect(report.broken).toEqual([]);
});
