/**
 * When a listing's papers arrived, small enough to carry in its page, so "N new since Tuesday"
 * counts the whole listing, not only the page shown, and the reader can jump to the first new day.
 * Written at build time (encodeArrivals), read in the browser (newSince).
 *
 * The text lists arrival days newest first, each as `gap:count[:back]`: the first `gap` is the day
 * itself (YYYY-MM-DD), later ones the days since the previous entry; `count` papers arrived that day;
 * `back` is how many days before it the earliest of them is dated (its day page), omitted when 0, `-`
 * when none has a date. Only the newest ARRIVAL_DAYS_KEPT days are listed, so the text stays a few
 * kilobytes whatever the size of the site; a final `+N` counts the papers that arrived before them.
 */

/** About a year of daily digests: a reader away longer is told "more than N new". */
export const ARRIVAL_DAYS_KEPT = 366;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface ArrivingPaper {
  arrived?: string | undefined;
  /** The paper's own date: the day page it is listed on. */
  published?: string | undefined;
}

export function encodeArrivals(papers: readonly ArrivingPaper[]): string {
  const days = new Map<number, { count: number; earliest: number | undefined }>();
  for (const paper of papers) {
    // A paper with no arrival day is never "new": it is left out.
    if (!paper.arrived || !ISO_DAY.test(paper.arrived)) continue;
    const day = dayNumber(paper.arrived);
    const entry = days.get(day) ?? { count: 0, earliest: undefined };
    entry.count++;
    if (paper.published && ISO_DAY.test(paper.published)) {
      const published = dayNumber(paper.published);
      if (entry.earliest === undefined || published < entry.earliest) entry.earliest = published;
    }
    days.set(day, entry);
  }
  const sorted = [...days].sort(([a], [b]) => b - a);
  const kept = sorted.slice(0, ARRIVAL_DAYS_KEPT);
  const parts = kept.map(([day, { count, earliest }], i) => {
    const gap = i === 0 ? dayText(day) : String(kept[i - 1]![0] - day);
    const back = earliest === undefined ? '-' : day - earliest;
    return back === 0 ? `${gap}:${count}` : `${gap}:${count}:${back}`;
  });
  const older = sorted.slice(ARRIVAL_DAYS_KEPT).reduce((sum, [, { count }]) => sum + count, 0);
  if (older > 0) parts.push(`+${older}`);
  return parts.join(' ');
}

export interface NewSince {
  /** Papers of the listing that arrived after `sinceDay`. */
  count: number;
  /** Whether papers older than the listed days may be new too (then `count` is a lower bound). */
  more: boolean;
  /** The earliest day page (YYYY-MM-DD) holding one of them, if any has a date. */
  firstDay: string | undefined;
}

/** Reads `text` (see above) and counts what arrived after `sinceDay` (YYYY-MM-DD); bad text counts nothing. */
export function newSince(text: string, sinceDay: string): NewSince {
  const result: NewSince = { count: 0, more: false, firstDay: undefined };
  if (!ISO_DAY.test(sinceDay)) return result;
  const since = dayNumber(sinceDay);
  let day = NaN;
  let earliest = Infinity;
  for (const part of text.trim().split(/\s+/)) {
    if (part.startsWith('+')) {
      result.more = day > since && Number(part.slice(1)) > 0;
      break;
    }
    const [gap = '', count = '', back = '0'] = part.split(':');
    day = Number.isNaN(day) ? (ISO_DAY.test(gap) ? dayNumber(gap) : NaN) : day - Number(gap);
    if (!Number.isFinite(day) || day <= since) break;
    const papers = Number(count);
    if (!Number.isInteger(papers) || papers < 0) break;
    result.count += papers;
    if (back !== '-' && Number.isInteger(Number(back))) earliest = Math.min(earliest, day - Number(back));
  }
  if (Number.isFinite(earliest)) result.firstDay = dayText(earliest);
  return result;
}
