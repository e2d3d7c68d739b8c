/**
 * Watches a page for signs that content ran code or broke the Content Security Policy: dialogs,
 * CSP violations (recorded by a `securitypolicyviolation` listener installed before any script),
 * console errors, uncaught exceptions, and the marks our hostile payloads leave when they run
 * (`window.__pwned`, a "PWNED" title, a polluted Object.prototype).
 */
import type { Page } from '@playwright/test';

export interface PageWatch {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Violations and payload marks, read from the page. */
  read(): Promise<{ cspViolations: string[]; pwned: unknown; title: string; polluted: unknown }>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: Omit<PageWatch, 'read'> = { dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return {
    ...watch,
    read: () =>
      page.evaluate(() => ({
        cspViolations: window.__cspViolations ?? [],
        pwned: window.__pwned,
        title: document.title,
        polluted: (Object.prototype as Record<string, unknown>).polluted,
      })),
  };
}

/** Elements and attributes that would let content run code or restyle the site, found in the live DOM. */
export function findDangerousMarkup(page: Page, scope = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const root = document.querySelector(selector) ?? document.body;
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 80)}`;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(el.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`handler ${attribute.name} on ${describe(el)}`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcset', 'poster'].includes(attribute.name.toLowerCase())) {
          // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
          const scheme = [...attribute.value].filter((c) => c.charCodeAt(0) > 0x20).join('');
          if (/^(javascript|vbscript|data):/i.test(scheme)) found.push(`url ${attribute.name} on ${describe(el)}`);
        }
      }
    }
    const forbidden =
      'script:not([src]):not([type="application/ld+json"]), iframe, object, embed, frame, frameset, applet, portal, base, style, link, meta, form, textarea';
    // The page's own reading controls (the note's <textarea>) are not content: only content is judged.
    for (const el of Array.from(root.querySelectorAll(forbidden))) if (!el.closest('paper-reading')) found.push(`element ${describe(el)}`);
    for (const el of Array.from(document.querySelectorAll('base, meta[http-equiv]:not([http-equiv="content-security-policy"])')))
      found.push(`head ${describe(el)}`);
    return found;
  }, scope);
}
