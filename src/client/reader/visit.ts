/**
 * "New since your last visit": page views closer together than VISIT_GAP_MS are one visit; when a
 * new visit starts, the previous one's end becomes `since`, and papers that arrived after that day
 * are new. Loaded by listings only.
 */
import { VISIT_GAP_MS } from './model';
import type { ReaderStore } from './store';

/**
 * Counts this page view as part of a visit and returns `since` (undefined on a first visit: then
 * nothing is "new").
 */
export function beginVisit(store: ReaderStore, time = new Date()): string | undefined {
  const { visit } = store.state;
  const last = visit.lastSeen ? Date.parse(visit.lastSeen) : NaN;
  // Within a minute of the last page the stored value need not be rewritten.
  if (!store.unsaved && Number.isFinite(last) && time.getTime() - last < 60_000 && time.getTime() >= last) return visit.since;
  return store.change((draft) => {
    const previous = draft.visit.lastSeen ? Date.parse(draft.visit.lastSeen) : NaN;
    if (Number.isFinite(previous) && time.getTime() - previous > VISIT_GAP_MS) draft.visit.since = draft.visit.lastSeen;
    draft.visit.lastSeen = time.toISOString();
    return draft.visit.since;
  }, true);
}

/** The local calendar day (YYYY-MM-DD) of an ISO time, the form "arrived" dates are compared in. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a paper that arrived on `arrived` (YYYY-MM-DD) is new since `since` (ISO): it arrived after that day. */
export function isNewSince(arrived: string | undefined, since: string | undefined): boolean {
  return Boolean(arrived && since && /^\d{4}-\d{2}-\d{2}$/.test(arrived) && arrived > localDay(since));
}
