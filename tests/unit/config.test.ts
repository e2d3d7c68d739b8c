import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, normalizeBasePath, readSiteConfig } from '@/config';
import { tempFolders } from '../temp-folders';

const projectFolder = tempFolders('papershelf-project-');
const papersFolder = tempFolders('papershelf-papers-');

describe('readSiteConfig', () => {
  // Used by several tests: removed after all of them, not after each.
  const root = mkdtempSync(join(tmpdir(), 'papershelf-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads papers from content/papers under the project root by default', () => {
    const project = projectFolder();
    mkdirSync(join(project, 'content', 'papers'), { recursive: true });
    const config = readSiteConfig({}, project);
    expect(config.papersDir).toBe(join(project, 'content', 'papers'));
    expect(config.basePath).toBe('/');
    expect(config.siteUrl).toBeUndefined();
  });

  it('reads papers from PAPERS_DIR when it is set', () => {
    const dir = papersFolder();
    expect(readSiteConfig({ PAPERS_DIR: dir }, root).papersDir).toBe(dir);
  });

  it('says which variable to fix when PAPERS_DIR is not a folder', () => {
    expect(() => readSiteConfig({ PAPERS_DIR: 'missing' }, root)).toThrow(/PAPERS_DIR "missing" is not a folder/);
  });

  it('keeps only the origin of SITE_URL and rejects relative ones', () => {
    expect(readSiteConfig({ PAPERS_DIR: root, SITE_URL: 'https://example.org/x' }, root).siteUrl).toBe('https://example.org');
    expect(() => readSiteConfig({ PAPERS_DIR: root, SITE_URL: 'example.org' }, root)).toThrow(ConfigError);
  });

  it('reads PAGE_SIZE as papers per listing page and names it when it is not a count', () => {
    expect(readSiteConfig({ PAPERS_DIR: root }, root).pageSize).toBe(30);
    expect(readSiteConfig({ PAPERS_DIR: root, PAGE_SIZE: '4' }, root).pageSize).toBe(4);
    expect(() => readSiteConfig({ PAPERS_DIR: root, PAGE_SIZE: 'ten' }, root)).toThrow(/PAGE_SIZE "ten"/);
    expect(() => readSiteConfig({ PAPERS_DIR: root, PAGE_SIZE: '0' }, root)).toThrow(ConfigError);
  });
});

describe('normalizeBasePath', () => {
  it('gives every base path a leading and trailing slash', () => {
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeBasePath('shelf')).toBe('/shelf/');
    expect(normalizeBasePath('/shelf')).toBe('/shelf/');
    expect(normalizeBasePath('/a/b/')).toBe('/a/b/');
  });

  it('refuses a base path with a query or spaces', () => {
    expect(() => normalizeBasePath('/a?b')).toThrow(ConfigError);
  });
});
