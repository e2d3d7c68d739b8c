/**
 * Finds the system Chromium the browser tests drive (browsers cannot be downloaded here).
 * CHROMIUM_PATH overrides the default /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => existsSync(path));
}

export function missingChromiumMessage(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH
    ? `No browser at CHROMIUM_PATH=${env.CHROMIUM_PATH}: point CHROMIUM_PATH at a Chromium or Chrome binary.`
    : 'No Chromium found at /usr/bin/chromium: install one with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.';
}
