/**
 * Reads every feed a built site lists in its OPML file and parses each with an XML parser that
 * stops at the first well-formedness error, after checking the text holds only the characters
 * XML 1.0 allows (parsers in tests tend to let control characters through; feed readers do not).
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { parseStrictXml } from '../xml';

export const SITE_URL = 'https://papershelf.example';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
}

export interface ParsedFeed {
  address: string;
  title: string;
  items: FeedItem[];
}

/** The local path of an absolute URL under SITE_URL (the test server serves the same files). */
export function localPath(absolute: string): string {
  expect(absolute.startsWith(`${SITE_URL}/`), absolute).toBe(true);
  return decodeURIComponent(new URL(absolute).pathname).replace(/^\//, '');
}

export async function readXml(request: APIRequestContext, address: string): Promise<Document> {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  return parseStrictXml(await response.text(), address);
}

const text = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]?.textContent ?? '';

/** The local paths of every feed the site's OPML file lists. */
export async function feedAddresses(request: APIRequestContext): Promise<string[]> {
  const opml = await readXml(request, 'feeds.opml');
  return Array.from(opml.getElementsByTagName('outline'))
    .map((outline) => outline.getAttribute('xmlUrl'))
    .filter((xmlUrl): xmlUrl is string => !!xmlUrl)
    .map(localPath);
}

/**
 * The feeds the OPML file lists, each checked to be well-formed: all of them, or those `pick` keeps
 * (on a site whose size may grow, read a fixed number).
 */
export async function readAllFeeds(request: APIRequestContext, pick = (addresses: string[]) => addresses): Promise<ParsedFeed[]> {
  const feeds: ParsedFeed[] = [];
  for (const address of pick(await feedAddresses(request))) {
    const feed = await readXml(request, encodeURI(address));
    const channel = feed.getElementsByTagName('channel')[0]!;
    const items = Array.from(feed.getElementsByTagName('item')).map((item) => ({
      title: text(item, 'title'),
      link: text(item, 'link'),
      description: text(item, 'description'),
    }));
    feeds.push({ address, title: text(channel, 'title'), items });
  }
  return feeds;
}
