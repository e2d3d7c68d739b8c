/**
 * The day a summary arrived on the site, defined once: a date in the file's path (a digest's date
 * folder such as `2025-03-04/` or `2025/03/04/`, or a dated file name such as `2025-03-04-x.md`),
 * else the date the file itself states (canonical front matter `arrived:`), else the paper's own date.
 * "New since your last visit" compares this day with the reader's previous visit.
 */

const DASHED = /^(\d{4})-(\d{2})-(\d{2})(?:$|[-_.\s])/;

function validDay(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso && Number(year) >= 1990 ? iso : undefined;
}

/** The last date written in a path relative to PAPERS_DIR (POSIX separators), or undefined. */
export function dateInPath(path: string): string | undefined {
  const parts = path.split('/');
  let found: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const dashed = DASHED.exec(part);
    const day = dashed
      ? validDay(dashed[1]!, dashed[2]!, dashed[3]!)
      : /^\d{4}$/.test(part) && /^\d{2}$/.test(parts[i + 1] ?? '') && /^\d{2}$/.test(parts[i + 2] ?? '')
        ? validDay(part, parts[i + 1]!, parts[i + 2]!)
        : undefined;
    if (day) found = day;
  }
  return found;
}

export function arrivedDate(path: string, stated: string | undefined, published: string | undefined): string | undefined {
  return dateInPath(path) ?? stated ?? published;
}
