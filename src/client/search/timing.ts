/**
 * Performance marks for one search, from the input event to the results painted, so the benchmark
 * (and anyone with the browser's performance panel) sees where a reader's wait goes: the query's
 * trip to the engine and back, the index files it fetched, the engine, rendering, and the paint. One `search` measure
 * per answered query carries the parts in its `detail`.
 */
import type { SearchTiming } from './engine';

export interface SearchMeasureDetail extends SearchTiming {
  surface: 'page' | 'box';
  query: string;
  total: number;
  /** Input event → request sent, request sent → answer back, answer → DOM updated, DOM → painted (ms). */
  queued: number;
  roundTrip: number;
  render: number;
  paint: number;
  /**
   * Input event → the first results painted (ms): the page's leading hits when they were shown
   * before the rest (SearchRequest.onLeading), else the whole measure.
   */
  firstPaint: number;
  /** Hits in that first paint, when it came before the whole page's (0: painted in one go). */
  leading: number;
}

/** The moment after the next paint: a task queued from inside an animation frame runs once the frame is drawn. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

export function startTiming(surface: SearchMeasureDetail['surface'], inputAt: number = performance.now()) {
  const sent = performance.now();
  let answered = 0;
  let leading = 0;
  let leadingPainted: Promise<number> | undefined;
  return {
    /** Call right after the leading hits are in the DOM, before the answer (SearchRequest.onLeading). */
    leading(hits: number): void {
      leading = hits;
      leadingPainted = afterPaint();
    },
    answered(): void {
      answered = performance.now();
    },
    /** Call right after the results are in the DOM. */
    rendered(query: string, total: number, timing: SearchTiming | undefined): void {
      const rendered = performance.now();
      void Promise.all([afterPaint(), leadingPainted]).then(([painted, first]) => {
        const detail: SearchMeasureDetail = {
          surface,
          query,
          total,
          queued: sent - inputAt,
          roundTrip: answered - sent,
          render: rendered - answered,
          paint: painted - rendered,
          engine: timing?.engine ?? 0,
          fetchWait: timing?.fetchWait ?? 0,
          files: timing?.files ?? 0,
          firstPaint: (first ?? painted) - inputAt,
          leading,
        };
        try {
          performance.measure('search', { start: inputAt, end: painted, detail });
        } catch {
          // Old browsers without measure options: the search itself is unaffected.
        }
      });
    },
  };
}
