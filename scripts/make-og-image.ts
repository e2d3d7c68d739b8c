/**
 * `npx tsx scripts/make-og-image.ts`: draws the default social image (public/og-default.png,
 * 1200×630, the size link previews want) from the HTML below with the system Chromium.
 * Rerun it when the site's name or colours change; the PNG is committed.
 */
import { chromium } from '@playwright/test';
import { SITE } from '../src/site';
import { CHROMIUM_FLAGS, findChromium, missingChromiumMessage } from '../tests/e2e/browser';

const OUT = 'public/og-default.png';

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
         padding: 0 96px; box-sizing: border-box; font-family: system-ui, 'Noto Sans CJK SC', sans-serif;
         background: #18202e; color: #e6e8eb; }
  .mark { display: flex; gap: 14px; margin-bottom: 44px; }
  .mark span { width: 26px; border-radius: 4px; background: #7fb0ff; }
  .mark span:nth-child(1) { height: 120px; } .mark span:nth-child(2) { height: 150px; background: #a9c9ff; }
  .mark span:nth-child(3) { height: 104px; } .mark span:nth-child(4) { height: 138px; background: #f0a500; transform: rotate(12deg); transform-origin: bottom left; }
  .mark { align-items: flex-end; }
  h1 { font-size: 112px; margin: 0; letter-spacing: -2px; }
  p { font-size: 40px; margin: 18px 0 0; color: #a3abb8; }
</style></head>
<body><div class="mark"><span></span><span></span><span></span><span></span></div>
<h1>${SITE.name}</h1><p>Paper summaries · formulas rendered · 论文速览</p></body></html>`;

const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumMessage());
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: OUT });
await browser.close();
console.log(`wrote ${OUT}`);
