// Picks the most likely character for every gap, jointly across gaps that touch (Viterbi).
import type { Slot } from './utf8-gaps.ts';

/** Higher is likelier; called for every neighbouring pair that involves a guessed character. */
export type PairScorer = (previous: string, next: string) => number;

/** Line edges score like a newline, so "start of line" is learned like any other neighbour. */
const EDGE = '\n';

/** Returns the line with each gap filled, choosing each run of adjacent gaps as a whole. */
export function chooseCharacters(slots: readonly Slot[], score: PairScorer): string {
  const chosen: string[] = [];
  let i = 0;
  while (i < slots.length) {
    if (slots[i]!.length === 1) {
      chosen.push(slots[i]![0]!);
      i++;
      continue;
    }
    let end = i;
    while (end < slots.length && slots[end]!.length > 1) end++;
    const before = chosen[chosen.length - 1] ?? EDGE;
    const after = slots[end]?.[0] ?? EDGE;
    chosen.push(...bestPath(slots.slice(i, end), before, after, score));
    i = end;
  }
  return chosen.join('');
}

function bestPath(run: readonly Slot[], before: string, after: string, score: PairScorer): string[] {
  let totals = run[0]!.map((char) => score(before, char));
  const back: number[][] = [];
  for (let step = 1; step < run.length; step++) {
    const previous = run[step - 1]!;
    const pointers: number[] = [];
    totals = run[step]!.map((char) => {
      let best = -Infinity;
      let from = 0;
      previous.forEach((prior, k) => {
        const total = totals[k]! + score(prior, char);
        if (total > best) [best, from] = [total, k];
      });
      pointers.push(from);
      return best;
    });
    back.push(pointers);
  }
  const last = run[run.length - 1]!;
  let pick = 0;
  let best = -Infinity;
  last.forEach((char, k) => {
    const total = totals[k]! + score(char, after);
    if (total > best) [best, pick] = [total, k];
  });
  const path = [last[pick]!];
  for (let step = run.length - 1; step > 0; step--) {
    pick = back[step - 1]![pick]!;
    path.unshift(run[step - 1]![pick]!);
  }
  return path;
}
