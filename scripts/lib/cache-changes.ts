/**
 * Why a build rendered pages again: Astro's incremental cache (incremental-build.json in the cache
 * folder) holds the hashes it compares, the configuration's, the lockfile's and each route's code
 * (transitive over what the route imports). `scripts/build.ts` reads them before and after a build
 * and says which of them changed, so a site owner who sees every page rendered knows why instead of
 * guessing, and the rebuild's cost can be traced to its cause. And the environment Astro is started
 * in, without what would change those hashes from one shell command to the next.
 */
import { readFileSync } from 'node:fs';

/**
 * Variables a shell changes from one command to the next: the last command's path (`_`), the last
 * folder, the nesting depth. Astro compiles environment variables into a module that reads its env
 * object whole (any whose name is in the module's text, and `_` nearly always is), and route hashes
 * cover the modules' code: with such a module in a page's imports, a build started as
 * `time npm run build` after a plain `npm run build` rendered every page again. Our modules never
 * read the object whole (tests/unit/import-meta-env.test.ts); this guards against a dependency's.
 */
const SHELL_BOOKKEEPING = ['_', 'OLDPWD', 'SHLVL'];

/** The environment for `astro build`: the caller's, without the variables that change with every command. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = { ...env };
  for (const name of SHELL_BOOKKEEPING) delete kept[name];
  return kept;
}

/** What Astro's incremental cache compares before it reuses a page, read from its manifest. */
export interface CacheFingerprint {
  configHash: string | undefined;
  lockfileHash: string | undefined;
  /** Route component (src/pages/…) → the hash of its code. */
  routes: Map<string, string>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The fingerprint in Astro's manifest `file`, or undefined when there is none or it cannot be read. */
export function readFingerprint(file: string): CacheFingerprint | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { configHash, lockfileHash, routes } = data as Record<string, unknown>;
  const hashes = new Map<string, string>();
  if (typeof routes === 'object' && routes !== null)
    for (const [route, entry] of Object.entries(routes)) {
      const hash = text((entry as Record<string, unknown> | null)?.dependencyHash);
      if (hash !== undefined) hashes.set(route, hash);
    }
  return { configHash: text(configHash), lockfileHash: text(lockfileHash), routes: hashes };
}

const SHOWN = 4;

/** The openings of cacheChanges' lines, for whoever reads a build's log (the build benchmark). */
const OPENINGS = {
  first: 'no incremental cache from an earlier build',
  config: 'the Astro configuration changed since the last build',
  lockfile: 'package-lock.json changed since the last build',
  routes: 'routes changed since the last build',
};
/** A line of a build's log that cacheChanges wrote (the openings hold no pattern characters but a dot). */
export const CACHE_CHANGE_LINE = new RegExp(
  `^(?:${OPENINGS.first}|${OPENINGS.config}|${OPENINGS.lockfile}|the code of \\d+ of \\d+ ${OPENINGS.routes}).*$`,
  'm',
);

/** One line on what made this build render pages again, or undefined when nothing Astro compares changed. */
export function cacheChanges(before: CacheFingerprint | undefined, after: CacheFingerprint | undefined): string | undefined {
  if (after === undefined) return undefined;
  if (before === undefined) return `${OPENINGS.first}: every page was rendered`;
  if (before.configHash !== after.configHash) return `${OPENINGS.config}: every page was rendered again`;
  if (before.lockfileHash !== after.lockfileHash) return `${OPENINGS.lockfile}: every page was rendered again`;
  const changed = [...after.routes]
    .filter(([route, hash]) => before.routes.has(route) && before.routes.get(route) !== hash)
    .map(([route]) => route);
  if (changed.length === 0) return undefined;
  const named = changed.slice(0, SHOWN).join(', ') + (changed.length > SHOWN ? `, and ${changed.length - SHOWN} more` : '');
  return `the code of ${changed.length} of ${after.routes.size} ${OPENINGS.routes} (${named}): all their pages were rendered again`;
}
