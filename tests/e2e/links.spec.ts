import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';

// The site the root project's web server built (see playwright.config.ts).
const SITE = `dist-e2e${process.env.E2E_SUFFIX ?? ''}`;

test('every internal link and #fragment of the site at the root leads somewhere', () => {
  const report = checkLinks(SITE, '/');
  expect(report.pages).toBeGreaterThan(20);
  expect(report.broken).toEqual([]);
});
