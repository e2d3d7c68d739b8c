import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';

// The site the shelf project's web server built under BASE_PATH=/shelf/ (see playwright.config.ts).
const SITE = `dist-e2e-shelf${process.env.E2E_SUFFIX ?? ''}`;

test('every internal link and #fragment of the site under /shelf/ leads somewhere', () => {
  const report = checkLinks(SITE, '/shelf/');
  expect(report.pages).toBeGreaterThan(20);
  expect(report.broken).toEqual([]);
});
