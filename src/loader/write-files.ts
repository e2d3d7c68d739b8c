/** Writes many small files with a few writes in flight: the disk stays busy without thousands of open files. */
import { writeFile } from 'node:fs/promises';

const IN_FLIGHT = 32;

export async function writeFiles(files: readonly (readonly [path: string, content: string])[]): Promise<void> {
  for (let i = 0; i < files.length; i += IN_FLIGHT) {
    await Promise.all(files.slice(i, i + IN_FLIGHT).map(([path, content]) => writeFile(path, content)));
  }
}
