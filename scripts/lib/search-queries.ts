/**
 * The ranking query set over a corpus: queries a reader types or pastes, each with the one paper
 * that must come back in the top 3. Drawn from the papers with a fixed seed (the same corpus gives
 * the same queries), of every kind the benchmark times. A query is kept only when the raw fields
 * show it is specific: at most three papers hold all its words in the fields it was taken from, so
 * the expectation never depends on the engine being tested.
 */
import { foldText } from '../../src/shared/search/tokenize';
import type { SearchablePaper } from '../../src/lib/search/build-index';
import { makeRandom } from './synthetic-corpus';

export type QueryKind = 'chinese' | 'title' | 'pasted' | 'author' | 'typo' | 'id';
export const QUERY_KINDS: readonly QueryKind[] = ['chinese', 'title', 'pasted', 'author', 'typo', 'id'];

export interface RankingQuery {
  kind: QueryKind;
  text: string;
  /** The paper that must be among the first three results. */
  expect: string;
}

const words = (text: string) => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

function idForms(id: string, random: () => number): string {
  const forms = [
    id,
    `${id}v${1 + Math.floor(random() * 3)}`,
    `arXiv:${id}`,
    `https://arxiv.org/abs/${id}v2`,
    `arxiv.org/pdf/${id}.pdf`,
    ` ${id} `,
  ];
  return forms[Math.floor(random() * forms.length)]!;
}

function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 3));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

export function rankingQueries(papers: readonly SearchablePaper[], perKind: number, seed = 7): RankingQuery[] {
  const random = makeRandom(seed);
  const titles = papers.map((paper) => new Set(words(paper.title)));
  const keywordSets = papers.map((paper) => new Set(paper.keywords.map(foldText)));
  const authorSets = papers.map((paper) => new Set(paper.authors.map(foldText)));
  const count = (test: (i: number) => boolean) => {
    let n = 0;
    for (let i = 0; i < papers.length && n <= 3; i++) if (test(i)) n++;
    return n;
  };
  const inTitles = (list: string[]) => count((i) => list.every((w) => titles[i]!.has(w)));

  const makers: Record<QueryKind, (i: number) => string | undefined> = {
    id: (i) => idForms(papers[i]!.id, random),
    pasted: (i) => (count((j) => papers[j]!.title === papers[i]!.title) === 1 ? papers[i]!.title : undefined),
    title: (i) => {
      const title = papers[i]!.title.split(/\s+/);
      if (title.length < 4) return undefined;
      const start = Math.floor(random() * (title.length - 2));
      const fragment = title.slice(start, start + 3).join(' ');
      return inTitles(words(fragment)) <= 3 ? fragment : undefined;
    },
    author: (i) => {
      const name = papers[i]!.authors[0];
      if (!name) return undefined;
      if (count((j) => authorSets[j]!.has(foldText(name))) <= 3) return name;
      const word = words(papers[i]!.title).find((w) => w.length > 4);
      return word && count((j) => authorSets[j]!.has(foldText(name)) && titles[j]!.has(word)) <= 3 ? `${name} ${word}` : undefined;
    },
    chinese: (i) => {
      const han = papers[i]!.keywords.filter((k) => /\p{Script=Han}{2}/u.test(k));
      if (han.length < 2) return undefined;
      const pair = han.slice(0, 2).map(foldText);
      return count((j) => pair.every((k) => keywordSets[j]!.has(k))) <= 3 ? pair.join('') : undefined;
    },
    typo: (i) => {
      const title = [...titles[i]!];
      const long = title.filter((w) => w.length >= 8 && !/\d/.test(w));
      const other = title.find((w) => w.length >= 5 && !long.includes(w));
      if (!long.length || !other) return undefined;
      const word = long[Math.floor(random() * long.length)]!;
      return inTitles([word, other]) <= 3 ? `${typo(word, random)} ${other}` : undefined;
    },
  };

  const queries: RankingQuery[] = [];
  for (const kind of QUERY_KINDS) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 40; tries++) {
      const i = Math.floor(random() * papers.length);
      const text = makers[kind](i);
      if (text === undefined) continue;
      queries.push({ kind, text, expect: papers[i]!.id });
      made++;
    }
  }
  return queries;
}

/** Mean reciprocal rank: 1/position of the expected paper, 0 when it is not in `ranked`. */
export function meanReciprocalRank(results: { expect: string; ranked: readonly string[] }[]): number {
  if (results.length === 0) return 0;
  const sum = results.reduce((total, { expect, ranked }) => {
    const at = ranked.indexOf(expect);
    return total + (at < 0 ? 0 : 1 / (at + 1));
  }, 0);
  return sum / results.length;
}
