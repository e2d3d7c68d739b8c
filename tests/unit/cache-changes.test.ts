/** Why a build rendered pages again, from Astro's incremental manifests before and after it (scripts/lib/cache-changes.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_CHANGE_LINE, buildEnvironment, cacheChanges, readFingerprint, type CacheFingerprint } from '../../scripts/lib/cache-changes';
import { tempFolders } from '../temp-folders';

const folder = tempFolders('papershelf-cache-changes-');

const PAPER = 'src/pages/papers/[id].astro';
const KEYWORD = 'src/pages/keywords/[slug]/[...page].astro';

function fingerprint(routes: Record<string, string>, configHash = 'c1', lockfileHash = 'l1'): CacheFingerprint {
  return { configHash, lockfileHash, routes: new Map(Object.entries(routes)) };
}

describe('reading the manifest', () => {
  it('takes the configuration, lockfile and route hashes Astro compares', () => {
    const file = join(folder(), 'incremental-build.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        configHash: 'abc',
        lockfileHash: 'def',
        keyDigest: 'changes every build',
        routes: { [PAPER]: { dependencyHash: 'p1', paths: { '/papers/1/': { cacheKey: 'k' } } }, [KEYWORD]: { paths: {} } },
      }),
    );
    expect(readFingerprint(file)).toEqual(fingerprint({ [PAPER]: 'p1' }, 'abc', 'def'));
  });

  it('is undefined for a missing or damaged manifest', () => {
    const dir = folder();
    expect(readFingerprint(join(dir, 'none.json'))).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), '{"routes": ');
    expect(readFingerprint(join(dir, 'bad.json'))).toBeUndefined();
    writeFileSync(join(dir, 'null.json'), 'null');
    expect(readFingerprint(join(dir, 'null.json'))).toBeUndefined();
  });
});

describe('what made a build render again', () => {
  const last = fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' });

  it('says nothing when nothing Astro compares changed', () => {
    expect(cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' }))).toBeUndefined();
    // A new route has nothing to compare with; a build without a manifest after it says nothing either.
    expect(cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1', 'src/pages/new.astro': 'n' }))).toBeUndefined();
    expect(cacheChanges(last, undefined)).toBeUndefined();
  });

  it('names the first build, the configuration and the lockfile', () => {
    expect(cacheChanges(undefined, last)).toMatch(/no incremental cache/);
    expect(cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' }, 'c2'))).toMatch(/Astro configuration changed/);
    expect(cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' }, 'c1', 'l2'))).toMatch(/package-lock\.json changed/);
  });

  it('names the routes whose code changed, and only those', () => {
    const message = cacheChanges(last, fingerprint({ [PAPER]: 'p2', [KEYWORD]: 'k1' }));
    expect(message).toMatch(/code of 1 of 2 routes changed/);
    expect(message).toContain(PAPER);
    expect(message).not.toContain(KEYWORD);
  });

  it('writes lines a reader of the build log finds by one pattern', () => {
    const lines = [
      cacheChanges(undefined, last),
      cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' }, 'c2')),
      cacheChanges(last, fingerprint({ [PAPER]: 'p1', [KEYWORD]: 'k1' }, 'c1', 'l2')),
      cacheChanges(last, fingerprint({ [PAPER]: 'p2', [KEYWORD]: 'k1' })),
    ];
    for (const line of lines) expect(CACHE_CHANGE_LINE.exec(`pages written: 3\n${line}\nremoved 1 file(s)`)?.[0]).toBe(line);
    expect(CACHE_CHANGE_LINE.test('pages written: 3 (2 restored from the last build, 1 rendered)')).toBe(false);
  });

  it('names a few routes and counts the rest', () => {
    const many = (hash: string) => fingerprint(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`src/pages/r${i}.astro`, hash])));
    const message = cacheChanges(many('a'), many('b'))!;
    expect(message).toMatch(/code of 7 of 7 routes changed/);
    expect(message).toContain('src/pages/r3.astro, and 3 more');
    expect(message).not.toContain('r4');
  });
});

describe("the build's environment", () => {
  it('leaves out what a shell changes with every command and keeps the rest', () => {
    const env = { _: '/usr/bin/time', OLDPWD: '/tmp', SHLVL: '2', PATH: '/usr/bin', PAPERS_DIR: 'content' };
    expect(buildEnvironment(env)).toEqual({ PATH: '/usr/bin', PAPERS_DIR: 'content' });
    // The caller's own environment is not changed.
    expect(env._).toBe('/usr/bin/time');
  });
});
