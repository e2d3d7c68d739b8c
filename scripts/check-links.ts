/**
 * `npm run check:links -- <built site folder> [--base /shelf/]`
 * Follows every internal link of a built site (a, link, img, script, source, srcset) and reports
 * the ones that lead nowhere: a missing file, or a `#fragment` with no such id in the target page.
 * The base path defaults to BASE_PATH, as the build used it. Exits 1 on any broken link.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

export interface BrokenLink {
  /** Page the link is on, relative to the site folder. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const ORIGIN = 'http://site.invalid';
const URL_ATTRIBUTES = ['href', 'src'] as const;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The page's own address under the base path: `papers/x/index.html` → `/shelf/papers/x/`. */
function pageUrl(file: string, root: string, base: string): string {
  const path = relative(root, file).split(sep).join('/');
  return base + (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** The file a site path is served from, the way static hosts and `astro preview` resolve it. */
function fileFor(pathname: string, root: string, base: string): string | undefined {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  const path = decodeURIComponent(pathname.slice(base.length));
  const candidates = path === '' || path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
  return candidates.map((candidate) => join(root, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

function linksOf(tree: ReturnType<typeof fromHtml>): string[] {
  const links: string[] = [];
  visit(tree, 'element', (el: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = el.properties[attribute];
      if (typeof value === 'string') links.push(value);
    }
    const srcset = el.properties.srcSet;
    if (Array.isArray(srcset)) for (const candidate of srcset) links.push(String(candidate).trim().split(/\s+/)[0] ?? '');
  });
  return links;
}

function idsOf(tree: ReturnType<typeof fromHtml>): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    if (el.tagName === 'a' && typeof el.properties.name === 'string') ids.add(el.properties.name);
  });
  return ids;
}

export function checkLinks(siteDir: string, basePath = '/'): LinkReport {
  const root = resolve(siteDir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const trees = new Map<string, ReturnType<typeof fromHtml>>();
  const treeOf = (file: string) => {
    let tree = trees.get(file);
    if (!tree) trees.set(file, (tree = fromHtml(readFileSync(file, 'utf8'))));
    return tree;
  };
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsOf(treeOf(file))));
    return ids;
  };

  const report: LinkReport = { pages: 0, links: 0, broken: [] };
  for (const file of htmlFiles(root)) {
    report.pages += 1;
    const page = relative(root, file);
    const here = new URL(pageUrl(file, root, base), ORIGIN);
    for (const href of linksOf(treeOf(file))) {
      let target: URL;
      try {
        target = new URL(href, here);
      } catch {
        report.broken.push({ page, href, reason: 'not a valid URL' });
        continue;
      }
      if (target.origin !== ORIGIN) continue;
      report.links += 1;
      const targetFile = fileFor(target.pathname, root, base);
      if (!targetFile) {
        report.broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsIn(targetFile).has(fragment)) {
        report.broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return report;
}

function main(args: string[]): number {
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? args[baseAt + 1] : process.env.BASE_PATH || '/';
  const dir = args.find((arg, i) => !arg.startsWith('--') && (baseAt < 0 || i !== baseAt + 1));
  if (!dir || !base || !existsSync(dir)) {
    console.error('usage: npm run check:links -- <built site folder> [--base /shelf/]');
    return 2;
  }
  const report = checkLinks(dir, base);
  for (const { page, href, reason } of report.broken) console.log(`${page}: ${href} (${reason})`);
  console.log(`${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken (base ${base})`);
  return report.broken.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
