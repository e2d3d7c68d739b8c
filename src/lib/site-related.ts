/**
 * The site's related papers, computed once per build from the collection (see related.ts), and
 * what a paper page shows of each: plain title (math made readable), date and shared keywords.
 */
import { plainTitle } from '../shared/plain-title';
import { siteConfig } from '../site';
import { foldText } from '../shared/search/tokenize';
import { remembered } from './path-memo';
import { getPapersNewestFirst, type PaperEntry } from './papers';
import { onWorker } from './on-worker';
import { RELATED_CARDS, relatedKey, relatedVersion, runRelatedJob, startedJob, type RelatedJob, type RelatedOutcome } from './related-job';

/** One related paper as its page shows it; part of the paper page's props (and so of its cache key). */
export interface RelatedCard {
  id: string;
  title: string;
  published: string | undefined;
  /** Keywords both papers have, as this paper writes them. */
  shared: string[];
}

/** A related paper's title is cut to this many characters: a list of links, not of essays. */
const TITLE_CHARS = 200;

export function shorten(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars
    ? text
    : `${characters
        .slice(0, chars - 1)
        .join('')
        .trimEnd()}…`;
}

let related: Promise<Map<string, RelatedCard[]>> | undefined;

function sharedKeywords(paper: PaperEntry, other: PaperEntry): string[] {
  const theirs = new Set(other.data.keywords.map((keyword) => foldText(keyword.trim())));
  return paper.data.keywords.filter((keyword) => theirs.has(foldText(keyword.trim()))).slice(0, 3);
}

/** The shape of the remembered cards: [paper id, its cards] pairs. */
function isCardList(value: unknown): value is [string, RelatedCard[]][] {
  return (
    Array.isArray(value) &&
    value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1]) && entry.length === 2)
  );
}

/**
 * Every paper's related cards. They change only with the papers (by digest) and the code, so a build
 * where neither changed reads the last build's (lib/path-memo.ts) instead of comparing 14,000 papers again.
 */
export function getRelatedCards(): Promise<Map<string, RelatedCard[]>> {
  related ??= getPapersNewestFirst().then(async (papers) => {
    const version = await relatedVersion();
    const key = relatedKey(
      version,
      papers.map(({ id, data, digest }) => ({ id, published: data.published, digest })),
    );
    return new Map(await remembered(RELATED_CARDS, key, isCardList, async () => [...(await computeCards(papers, version, key))]));
  });
  return related;
}

/** The related papers under `key`: the job this build started beside the bundling, or else one run now, on a worker thread. */
async function relatedResult(version: string, key: string): Promise<Exclude<RelatedOutcome, { kept: true }> & { early: boolean }> {
  const started = await startedJob()?.catch(() => undefined);
  if (started && !started.kept && started.key === key) return { ...started, early: true };
  const job: RelatedJob = { cacheDir: siteConfig.cacheDir, version };
  const outcome = await onWorker<RelatedOutcome>('src/lib/related-worker.ts', job, () => runRelatedJob(job));
  // Without a last key the job always computes.
  if (outcome.kept) throw new Error('the related papers job kept a result it was not given');
  return { ...outcome, early: false };
}

/** `version`: of the code that computes them, under which each paper's terms are kept. */
async function computeCards(papers: readonly PaperEntry[], version: string, key: string): Promise<Map<string, RelatedCard[]>> {
  const { result, reused, early } = await relatedResult(version, key);
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  // One line in the build log, beside the search index's, for the build benchmark.
  console.info(
    `[related] ${result.stats.papers} papers (terms of ${reused} kept from the last build), ${result.stats.terms} terms, ${result.stats.postings} postings, computed in ${(result.stats.milliseconds / 1000).toFixed(2)} s${early ? ' while the build started' : ''}`,
  );
  const cards = new Map<string, RelatedCard[]>();
  for (const paper of papers) {
    cards.set(
      paper.id,
      (result.related.get(paper.id) ?? []).map(({ id }) => {
        const other = byId.get(id)!;
        return {
          id,
          title: shorten(plainTitle(other.data.title), TITLE_CHARS),
          published: other.data.published,
          shared: sharedKeywords(paper, other),
        };
      }),
    );
  }
  return cards;
}
