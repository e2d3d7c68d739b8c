// Picks the most likely character for every gap, jointly across gaps that touch (Viterbi).
import type { Slot } from './utf8-gaps.ts';

/**
 * Higher is likelier; called for every neighbouring pair that involves a guessed character, with
 * the character before `previous` when it is known (it says whether a word ended at `previous`).
 */
export type PairScorer = (previous: string, next: string, beforePrevious?: string) => number;

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
    const beforeThat = chosen[chosen.length - 2] ?? EDGE;
    const after = slots[end]?.[0] ?? EDGE;
    chosen.push(...bestPath(slots.slice(i, end), [beforeThat, before], after, score));
    i = end;
  }
  return chosen.join('');
}

function bestPath(run: readonly Slot[], [beforeThat, before]: [string, string], after: string, score: PairScorer): string[] {
  let totals = run[0]!.map((char) => score(before, char, beforeThat));
  const back: number[][] = [];
  // The character each candidate's best path puts before it: the context of its next pair.
  const predecessorOf = (step: number, k: number): string => (step === 0 ? before : run[step - 1]![back[step - 1]![k]!]!);
  for (let step = 1; step < run.length; step++) {
    const previous = run[step - 1]!;
    const pointers: number[] = [];
    totals = run[step]!.map((char) => {
      let best = -Infinity;
      let from = 0;
      previous.forEach((prior, k) => {
        const total = totals[k]! + score(prior, char, predecessorOf(step - 1, k));
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
    const total = totals[k]! + score(char, after, predecessorOf(run.length - 1, k));
    if (total > best) [best, pick] = [total, k];
  });
  const path = [last[pick]!];
  for (let step = run.length - 1; step > 0; step--) {
    pick = back[step - 1]![pick]!;
    path.unshift(run[step - 1]![pick]!);
  }
  return path;
}
