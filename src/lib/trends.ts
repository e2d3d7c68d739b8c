/**
 * Papers per month for the small charts of keyword, category and domain pages, and the keywords
 * rising in the archive's newest month, for the home page. Pure: counts in, counts out; the
 * charts are drawn at build time from `bars` (components/TrendChart.astro), no script on the page.
 */

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Papers per month from the first dated paper's month to the last, months without papers as 0,
 * at most the last `limit` months.
 */
export function monthlyCounts(dates: readonly (string | undefined)[], limit = 36): MonthCount[] {
  const counts = new Map<string, number>();
  for (const date of dates) {
    if (!date || !/^\d{4}-\d{2}/.test(date)) continue;
    const month = date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const series: MonthCount[] = [];
  for (let month = months[0]!; month <= months.at(-1)!; month = nextMonth(month)) series.push({ month, count: counts.get(month) ?? 0 });
  return series.slice(-limit);
}

export interface Bar extends MonthCount {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars of a chart `width` × `height` (user units), the tallest month reaching the top; an empty month keeps a hairline. */
export function bars(series: readonly MonthCount[], width: number, height: number): Bar[] {
  const peak = Math.max(1, ...series.map((s) => s.count));
  const step = series.length ? width / series.length : 0;
  const gap = Math.min(2, step * 0.2);
  return series.map((s, i) => {
    const barHeight = s.count === 0 ? 0.5 : Math.max(1, (s.count / peak) * height);
    return { ...s, x: round(i * step + gap / 2), y: round(height - barHeight), width: round(step - gap), height: round(barHeight) };
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface TrendSummary {
  total: number;
  first: string;
  last: string;
  peak: MonthCount;
}

export function summarize(series: readonly MonthCount[]): TrendSummary | undefined {
  if (series.length === 0) return undefined;
  const peak = series.reduce((best, s) => (s.count > best.count ? s : best), series[0]!);
  return { total: series.reduce((sum, s) => sum + s.count, 0), first: series[0]!.month, last: series.at(-1)!.month, peak };
}

export interface RisingKeyword {
  keyword: string;
  /** Papers in the newest month. */
  now: number;
  /** Papers per month in the months before (their mean, rounded to a tenth). */
  before: number;
}

export interface RisingOptions {
  /** Months before the newest one to compare with. */
  window?: number;
  /** A keyword needs at least this many papers in the newest month. */
  minNow?: number;
  max?: number;
}

/**
 * Keywords with more papers in the archive's newest month than in the months before it, the
 * steepest rise first (growth over the earlier mean, damped so a keyword new with 2 papers does
 * not outrank one that went from 10 to 30). Keywords are matched case-folded, shown as first met.
 */
export function risingKeywords(
  papers: readonly { published?: string | undefined; keywords: readonly string[] }[],
  { window = 3, minNow = 2, max = 8 }: RisingOptions = {},
): { month: string; keywords: RisingKeyword[] } | undefined {
  const months = papers.map((p) => p.published?.slice(0, 7)).filter((m): m is string => !!m && /^\d{4}-\d{2}$/.test(m));
  if (months.length === 0) return undefined;
  const newest = months.reduce((a, b) => (a > b ? a : b));
  const earlier: string[] = [];
  for (let month = newest, i = 0; i < window; i++) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    earlier.push(month);
  }
  const counts = new Map<string, { label: string; now: number; before: number }>();
  for (const paper of papers) {
    const month = paper.published?.slice(0, 7);
    const isNow = month === newest;
    if (!isNow && !(month && earlier.includes(month))) continue;
    for (const keyword of new Set(paper.keywords.map((k) => k.trim()).filter(Boolean))) {
      const key = keyword.toLowerCase();
      const entry = counts.get(key) ?? counts.set(key, { label: keyword, now: 0, before: 0 }).get(key)!;
      if (isNow) entry.now++;
      else entry.before++;
    }
  }
  const rising = [...counts.values()]
    .map((c) => ({ keyword: c.label, now: c.now, before: Math.round((c.before / window) * 10) / 10 }))
    .filter((k) => k.now >= minNow && k.now > k.before)
    .map((k) => ({ ...k, score: (k.now - k.before) / Math.sqrt(k.before + 1) }))
    .sort((a, b) => b.score - a.score || b.now - a.now || a.keyword.localeCompare(b.keyword))
    .slice(0, max)
    .map(({ keyword, now, before }) => ({ keyword, now, before }));
  return { month: newest, keywords: rising };
}
