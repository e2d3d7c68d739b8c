/** An OPML 2.0 file listing feeds, grouped, for a feed reader to subscribe to all at once. Pure. */
import { xmlSafe } from './feed-content';

export interface OpmlFeed {
  title: string;
  /** Absolute URL of the feed. */
  xmlUrl: string;
  /** Absolute URL of the page the feed follows. */
  htmlUrl: string;
}

export interface OpmlGroup {
  title: string;
  feeds: OpmlFeed[];
}

function escape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function outline(feed: OpmlFeed, indent: string): string {
  return `${indent}<outline type="rss" text="${escape(feed.title)}" title="${escape(feed.title)}" xmlUrl="${escape(feed.xmlUrl)}" htmlUrl="${escape(feed.htmlUrl)}"/>`;
}

export function opml(title: string, groups: readonly OpmlGroup[], created: Date | undefined = undefined): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>', `    <title>${escape(title)}</title>`];
  if (created) lines.push(`    <dateCreated>${created.toUTCString()}</dateCreated>`);
  lines.push('  </head>', '  <body>');
  for (const group of groups) {
    if (group.feeds.length === 0) continue;
    lines.push(`    <outline text="${escape(group.title)}" title="${escape(group.title)}">`);
    for (const feed of group.feeds) lines.push(outline(feed, '      '));
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
