/**
 * `npm run screenshots`: serves the built site and saves screenshots of the home page and a paper
 * page (desktop and phone width) to docs/screenshots/, for the README and for looking at changes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import getPort from 'get-port';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium, missingChromiumMessage } from '../tests/e2e/browser';

const OUT = 'docs/screenshots';
const PAPER = process.argv[2] ?? 'papers/2404.01817/';

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
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

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const port = await getPort();
  const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}/`;
    await waitFor(origin);
    mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 360, 780],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(origin);
      await page.screenshot({ path: `${OUT}/home-${name}.png` });
      await page.goto(origin + PAPER);
      await page.screenshot({ path: `${OUT}/paper-${name}.png`, fullPage: name === 'desktop' });
      await page.close();
    }
    await browser.close();
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
