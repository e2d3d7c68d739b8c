/**
 * `npm run screenshots [-- --all]`: serves the built site and takes screenshots of it.
 * Default: the README's home and paper page (desktop and phone) into docs/screenshots/.
 * --all: every page type (home, a paper, an author, listings and indexes, a day and a week, search with results,
 * favourites with one, not found) at 360, 390 and 1280 px, in light and dark, in English and Chinese,
 * plus each printed (from the dark theme), into test-results/screenshots/ — for looking at a change
 * before calling it done. It refuses a build older than the last change to src/, public/ or the papers.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import getPort from 'get-port';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium, missingChromiumMessage } from '../tests/e2e/browser';
import { readSiteConfig } from '../src/config';
import { STORAGE_KEYS } from '../src/shared/storage-keys';

const README_PAPER = 'papers/2404.01817/';
const ALL_PAGES = {
  home: '',
  paper: README_PAPER,
  keyword: 'keywords/扩散模型/',
  keywords: 'keywords/',
  category: 'categories/cs.lg/',
  domain: 'domains/robotics/',
  author: 'authors/marco-bianchi/',
  months: 'months/',
  day: 'days/2024-12-04/',
  week: 'weeks/2024-12-02/',
  days: 'days/',
  search: 'search/?q=diffusion',
  favourites: 'favourites/',
  'not-found': 'no-such-page/',
};

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function shoot(
  browser: Browser,
  origin: string,
  path: string,
  file: string,
  width: number,
  settings: { lang?: string; theme?: string; print?: boolean } = {},
) {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 } });
  await context.addInitScript(
    ([keys, lang, theme]) => {
      if (lang) localStorage.setItem(keys.language, lang);
      if (theme) localStorage.setItem(keys.theme, theme);
      // One favourite, so the favourites page shows a list.
      if (!localStorage.getItem(keys.favourites))
        localStorage.setItem(
          keys.favourites,
          JSON.stringify({
            version: 1,
            folders: [{ id: 'default', name: '' }],
            items: [
              {
                id: '2404.01817',
                title: 'One Step Is Enough',
                url: '/papers/2404.01817/',
                authors: [],
                categories: [],
                addedAt: '2026-01-01T00:00:00.000Z',
                folder: 'default',
              },
            ],
          }),
        );
    },
    [STORAGE_KEYS, settings.lang ?? '', settings.theme ?? ''] as const,
  );
  const page = await context.newPage();
  if (settings.print) await page.emulateMedia({ media: 'print' });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file, fullPage: width >= 1000 || !!settings.print });
  await context.close();
}

/** The newest modification time of any file under `dirs`. */
function newestChange(dirs: readonly string[]): number {
  let newest = 0;
  for (const dir of dirs)
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/** The screenshots show the built site as it is: refuse one built before the code or papers last changed. */
function checkBuilt(): void {
  const { outDir, papersDir } = readSiteConfig();
  const page = join(outDir, 'index.html');
  if (!existsSync(page)) throw new Error(`${outDir} has no built site: run \`npm run build\` first`);
  const built = statSync(page).mtimeMs;
  const changed = newestChange(['src', 'public', papersDir]);
  if (changed > built)
    throw new Error(
      `${outDir} was built at ${new Date(built).toLocaleTimeString()}, before the last change to src/, public/ or the papers ` +
        `(${new Date(changed).toLocaleTimeString()}): run \`npm run build\` first, so the screenshots show what you changed`,
    );
}

async function main(all: boolean): Promise<void> {
  checkBuilt();
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const port = await getPort();
  const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}/`;
    await waitFor(origin);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    if (all) {
      const out = 'test-results/screenshots';
      mkdirSync(out, { recursive: true });
      for (const [name, path] of Object.entries(ALL_PAGES)) {
        for (const width of [360, 390, 1280])
          for (const theme of ['light', 'dark'])
            for (const lang of ['en', 'zh'])
              await shoot(browser, origin, path, `${out}/${name}-${width}-${theme}-${lang}.png`, width, { lang, theme });
        await shoot(browser, origin, path, `${out}/${name}-print.png`, 800, { lang: 'en', theme: 'dark', print: true });
      }
      console.log(`screenshots written to ${out}/`);
    } else {
      const out = 'docs/screenshots';
      mkdirSync(out, { recursive: true });
      for (const [name, width] of [
        ['desktop', 1280],
        ['phone', 360],
      ] as const) {
        await shoot(browser, origin, '', `${out}/home-${name}.png`, width, { lang: 'en', theme: 'light' });
        await shoot(browser, origin, README_PAPER, `${out}/paper-${name}.png`, width, { lang: 'en', theme: 'light' });
      }
      console.log(`screenshots written to ${out}/`);
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

main(process.argv.includes('--all')).catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
