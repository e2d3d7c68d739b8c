import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/check-links';

// The hostile site (see playwright.config.ts): slugs made of quotes, tags, `..` and `#` must still resolve.
const SITE = `dist-e2e-hostile${process.env.E2E_SUFFIX ?? ''}`;

test('the site links every page of hostile keywords, categories and domains correctly', () => {
  const report = checkLinks(SITE, '/');
  // `<img src=x>` in the files is their own broken image, kept as a harmless relative URL.
  expect(report.broken.filter((link) => link.href !== 'x')).toEqual([]);
  expect(report.links).toBeGreaterThan(500);
});
