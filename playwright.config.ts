/**
 * Browser tests run against built sites, served by `astro preview` on free ports: the bundled sample
 * at the root; the library fixture's papers under BASE_PATH=/shelf/, as on GitHub project pages; the
 * hostile site; and one small fixture site per feature (tests/sites/<name>/papers, see tests/sites/README.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import getPort from 'get-port';
import { CHROMIUM_FLAGS, findChromium, missingChromiumMessage } from './tests/e2e/browser';

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage());
  process.exit(1);
}

// Chosen once in the main process; workers inherit the environment.
process.env.E2E_PORT ??= String(await getPort());
process.env.E2E_SHELF_PORT ??= String(await getPort());
process.env.E2E_HOSTILE_PORT ??= String(await getPort());
const rootUrl = `http://127.0.0.1:${process.env.E2E_PORT}`;
const shelfUrl = `http://127.0.0.1:${process.env.E2E_SHELF_PORT}/shelf/`;
const hostileUrl = `http://127.0.0.1:${process.env.E2E_HOSTILE_PORT}`;

// Fixture sites: tests/sites/<name>/papers is built for tests/e2e/<name>.site.spec.ts and <name>-*.site.spec.ts.
const fixtureSites = readdirSync('tests/sites', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`tests/sites/${entry.name}/papers`))
  .map((entry) => entry.name);
const sitePortVariable = (name: string) => `E2E_SITE_${name.toUpperCase().replace(/\W/g, '_')}_PORT`;
for (const name of fixtureSites) process.env[sitePortVariable(name)] ??= String(await getPort());

// E2E_SUFFIX keeps the output of concurrent test runs apart (e.g. two developers' runs on one machine).
const suffix = process.env.E2E_SUFFIX ?? '';

// `--project NAME` (repeatable, as Playwright takes it) builds and serves only those projects' sites,
// so running one spec does not wait for every site's build.
const chosenProjects = process.argv.flatMap((arg, i, all) =>
  arg === '--project' ? [all[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
);
const wanted = (project: string) => chosenProjects.length === 0 || chosenProjects.includes(project);

const server = (port: string, name: string, basePath: string, env: Record<string, string> = {}) => ({
  command: `astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  url: `http://127.0.0.1:${port}${basePath}`,
  env: {
    OUT_DIR: `dist-${name}${suffix}`,
    ASTRO_CACHE_DIR: `node_modules/.astro-${name}${suffix}`,
    BASE_PATH: basePath,
    SITE_URL: 'https://papershelf.example',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  },
  reuseExistingServer: false,
  timeout: 300_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e${suffix}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `test-results/playwright${suffix}.json` }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: rootUrl }, testIgnore: [/shelf\.spec\.ts/, /security-hostile.*\.spec\.ts/, /\.site\.spec\.ts$/] },
    { name: 'shelf', use: { baseURL: shelfUrl }, testMatch: /shelf\.spec\.ts/ },
    // A separate site built from hostile summary files (tests/fixtures/hostile), never the sample site.
    { name: 'hostile', use: { baseURL: hostileUrl }, testMatch: /security-hostile.*\.spec\.ts/ },
    ...fixtureSites.map((name) => ({
      name: `site:${name}`,
      use: { baseURL: `http://127.0.0.1:${process.env[sitePortVariable(name)]}` },
      // `<name>.site.spec.ts`, or `<name>-<feature>.site.spec.ts` for more specs over one site.
      testMatch: new RegExp(`/${name}(-[\\w-]+)?\\.site\\.spec\\.ts$`),
    })),
  ],
  webServer: [
    ...(wanted('root') ? [server(process.env.E2E_PORT, 'e2e', '/')] : []),
    // The library fixture's papers (tests/e2e/library-papers.ts names them) under a sub-path, in small
    // pages so listings there have a pager to test.
    ...(wanted('shelf')
      ? [server(process.env.E2E_SHELF_PORT, 'e2e-shelf', '/shelf/', { PAGE_SIZE: '4', PAPERS_DIR: 'tests/sites/library/papers' })]
      : []),
    ...(wanted('hostile') ? [server(process.env.E2E_HOSTILE_PORT, 'e2e-hostile', '/', { PAPERS_DIR: 'tests/fixtures/hostile' })] : []),
    ...fixtureSites
      .filter((name) => wanted(`site:${name}`))
      .map((name) => server(process.env[sitePortVariable(name)]!, `e2e-site-${name}`, '/', { PAPERS_DIR: `tests/sites/${name}/papers` })),
  ],
});
