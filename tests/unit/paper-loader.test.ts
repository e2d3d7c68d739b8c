/**
 * The paper loader against a fake content layer: it passes each file's path to parseData (so schema
 * errors name the file) and, given a watcher as under `astro dev`, re-syncs added, changed and
 * deleted summary files.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { paperLoader } from '@/loader/paper-loader';
import { SideFiles } from '@/loader/side-files';
import { tempFolders } from '../temp-folders';

const cacheFolder = tempFolders('papershelf-loader-cache-');
const papersFolder = tempFolders('papershelf-loader-papers-');

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures', name);

/** What the loader hands the store, as far as these tests look. */
interface DataEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

class FakeWatcher extends EventEmitter {
  added: string[] = [];
  add(paths: string | readonly string[]) {
    this.added.push(...(typeof paths === 'string' ? [paths] : paths));
    return this;
  }
}

function fakeContext(watcher?: FakeWatcher) {
  const entries = new Map<string, DataEntry>();
  const parsedFrom: string[] = [];
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: DataEntry) => Boolean(entries.set(entry.id, entry)),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    logger: { info: log, warn: log, error: log },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheFolder()}/`) },
    parseData: async ({ data, filePath }: { data: Record<string, unknown>; filePath?: string }) => {
      parsedFrom.push(filePath ?? '(none)');
      return data;
    },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36),
    watcher,
  };
  return { context: context as unknown as LoaderContext, entries, parsedFrom, logged };
}

function papersDir(): string {
  const dir = papersFolder();
  copyFileSync(fixture('digest/short.md'), join(dir, 'short.md'));
  copyFileSync(fixture('canonical/full.md'), join(dir, 'full.md'));
  return dir;
}

describe('paperLoader', () => {
  it("passes each file's absolute path to parseData and a root-relative one to the store", async () => {
    const dir = papersDir();
    const { context, entries, parsedFrom } = fakeContext();
    await paperLoader({ dir, base: '/', siteUrl: undefined }).load(context);
    expect(entries.size).toBe(2);
    expect(parsedFrom.sort()).toEqual([join(dir, 'full.md'), join(dir, 'short.md')]);
    for (const entry of entries.values()) expect(entry.filePath).toMatch(/^(\.\.\/)+.*\/(full|short)\.md$/);
  });

  it("keeps the abstracts out of the store, in each paper's body and in the hand-off to search and related papers", async () => {
    const dir = papersDir();
    const { context, entries } = fakeContext();
    await paperLoader({ dir, base: '/', siteUrl: undefined }).load(context);
    const sideFiles = new SideFiles(fileURLToPath(context.config.cacheDir));
    const handoff = await sideFiles.readPapersHandoff();
    expect(handoff.map((paper) => paper.id).sort()).toEqual([...entries.keys()].sort());
    for (const entry of entries.values()) {
      expect(entry.data).not.toHaveProperty('abstract');
      const body = await sideFiles.readBody(entry.id);
      expect(handoff.find((paper) => paper.id === entry.id)?.abstract).toEqual(body.abstract);
    }
    // Both fixtures have an English abstract; it reaches the body as Markdown and as HTML.
    const bodies = await Promise.all([...entries.keys()].map((id) => sideFiles.readBody(id)));
    for (const body of bodies) {
      expect(body.abstract.en).toMatch(/\w{4,}/);
      expect(body.abstractEn).toContain('<');
    }
  });

  it('writes the hand-offs again only when a paper or its BibTeX changed', async () => {
    const dir = papersDir();
    // A paper with no arXiv id: its BibTeX gives its page's address on the site, when the site's origin is known.
    writeFileSync(join(dir, 'notes.md'), '---\ntitle: Field Notes on Counting\nid: field-notes-2024\nauthors: Ann Lee\n---\nA body.\n');
    const { context } = fakeContext();
    const sideFiles = new SideFiles(fileURLToPath(context.config.cacheDir));
    const load = (siteUrl?: string) => paperLoader({ dir, base: '/', siteUrl }).load(context);
    const stamp = () => [statSync(sideFiles.papersHandoff).mtimeMs, statSync(sideFiles.bibtexHandoff).mtimeMs];
    const old = new Date('2020-01-01T00:00:00Z');
    const age = () => {
      utimesSync(sideFiles.papersHandoff, old, old);
      utimesSync(sideFiles.bibtexHandoff, old, old);
    };
    await load();
    age();
    await load();
    expect(stamp()).toEqual([old.getTime(), old.getTime()]);
    // The site's address is in every BibTeX entry, not in the papers' digests.
    await load('https://papers.example.org');
    expect(stamp()[1]).toBeGreaterThan(old.getTime());
    expect((await sideFiles.readBibtex()).find((file) => file.id === 'field-notes-2024')?.text).toContain('papers.example.org');
    age();
    writeFileSync(join(dir, 'short.md'), readFileSync(join(dir, 'short.md'), 'utf8').replace(/^title: .*$/m, 'title: "A New Title"'));
    await load('https://papers.example.org');
    expect(stamp().every((time) => time > old.getTime())).toBe(true);
    expect((await sideFiles.readPapersHandoff()).map((paper) => paper.title)).toContain('A New Title');
  });

  it('re-syncs added, changed and deleted files when Astro hands it a watcher', async () => {
    const dir = papersDir();
    const watcher = new FakeWatcher();
    const { context, entries, logged } = fakeContext(watcher);
    await paperLoader({ dir, base: '/', siteUrl: undefined }).load(context);
    expect(watcher.added).toEqual([dir]);
    const before = new Set(entries.keys());

    copyFileSync(fixture('article/full.txt'), join(dir, 'article.txt'));
    watcher.emit('add', join(dir, 'article.txt'));
    await vi.waitFor(() => expect(entries.size).toBe(3), { timeout: 30_000 });
    const added = [...entries.keys()].find((id) => !before.has(id))!;

    const shortId = [...before].find((id) => entries.get(id)!.filePath!.endsWith('short.md'))!;
    const oldDigest = entries.get(shortId)!.digest;
    writeFileSync(join(dir, 'short.md'), readFileSync(join(dir, 'short.md'), 'utf8').replace(/^(#+ .*)$/m, '$1 (revised)'));
    watcher.emit('change', join(dir, 'short.md'));
    await vi.waitFor(() => expect(entries.get(shortId)!.digest).not.toBe(oldDigest), { timeout: 30_000 });

    rmSync(join(dir, 'article.txt'));
    watcher.emit('unlink', join(dir, 'article.txt'));
    await vi.waitFor(() => expect(entries.has(added)).toBe(false), { timeout: 30_000 });
    // The store changes before the re-sync logs its line: wait for the line too.
    await vi.waitFor(
      () =>
        expect(logged.filter((line) => line.startsWith('reloaded after changes to'))).toEqual([
          'reloaded after changes to article.txt',
          'reloaded after changes to short.md',
          'reloaded after changes to article.txt',
        ]),
      { timeout: 30_000 },
    );
  });

  it('ignores changes to files that are not summaries', async () => {
    const dir = papersDir();
    const watcher = new FakeWatcher();
    const { context, logged } = fakeContext(watcher);
    await paperLoader({ dir, base: '/', siteUrl: undefined }).load(context);
    for (const name of ['README.md', '.draft.md', 'notes.json']) {
      writeFileSync(join(dir, name), '# not a paper\n');
      watcher.emit('add', join(dir, name));
    }
    // A real change after them is the first and only re-sync.
    watcher.emit('change', join(dir, 'full.md'));
    await vi.waitFor(() => expect(logged).toContain('reloaded after changes to full.md'), { timeout: 30_000 });
    expect(logged.filter((line) => line.startsWith('reloaded'))).toHaveLength(1);
  });
});
