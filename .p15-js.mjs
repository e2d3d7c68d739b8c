import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const rows = [];
page.on('response', async (r) => { if (r.request().resourceType() === 'script') rows.push([gzipSync(await r.body()).length, r.url().split('/').pop()]); });
await page.goto('http://127.0.0.1:4815/' + (process.argv[2] ?? 'papers/2404.01817/'), { waitUntil: 'networkidle' });
rows.sort((a, b) => b[0] - a[0]); let t = 0; for (const [n, u] of rows) { t += n; console.log(n, u); } console.log('total', t);
await browser.close();
