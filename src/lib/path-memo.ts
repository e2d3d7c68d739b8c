/**
 * Results of expensive build work, remembered between builds in Astro's cache folder under a key of
 * their inputs: related papers, which every paper page's paths carry, are read back instead of
 * compared again when no paper and no code changed. The key must cover the inputs and the code that
 * turns them into the result (source-version.ts).
 */
import { SideFiles } from '../loader/side-files';
import { siteConfig } from '../site';

const sideFiles = new SideFiles(siteConfig.cacheDir);

/**
 * The last build's result for `name` when it was made under the same key and still has the right
 * shape (`valid`); otherwise `compute()`'s, remembered for the next build.
 */
export async function remembered<T>(
  name: string,
  key: string,
  valid: (value: unknown) => value is T,
  compute: () => Promise<T>,
): Promise<T> {
  const memo = await sideFiles.readRemembered(name);
  if (memo?.key === key && valid(memo.value)) return memo.value;
  const value = await compute();
  await sideFiles.writeRemembered(name, key, value);
  return value;
}
