/**
 * The papers of the fixture site tests/sites/paper (our own writing), by what each one is for, so the
 * specs over that site name them once.
 */
export const PAPERS = {
  /** Digest with every optional field: v2, DOI, journal, code links, update date, math, a figure. */
  full: {
    id: '2101.00001',
    title: 'Tide Tables for Gradient Descent: Scheduling Step Sizes by the Moon',
    authors: ['Ada Fixture', 'Ben Placeholder', 'Cleo Example'],
  },
  /** Canonical file of plain prose: no math, no figures. */
  plain: { id: '2101.00002', title: 'Counting Sheep Without Formulas' },
  /** Canonical file with the English abstract only. */
  englishOnly: { id: '2101.00003', title: 'An English-Only Abstract' },
  /** Digest saved in the wrong encoding (made by `npm run sample:damage` from tests/sites/paper/sources/). */
  damaged: { id: '2101.00004', file: 'digest/2101.00004-damaged.md', title: 'Jürgen Østergaard Notes on Damaged Encodings' },
} as const;

/** Every paper of the site, for checks that each one appears (a feed, a listing). */
export const ALL_IDS = Object.values(PAPERS).map((paper) => paper.id);

/** A keyword two papers share (so it has a page), one every paper has, and a category two papers share. */
export const SHARED_KEYWORD = '潮汐调度';
export const COMMON_KEYWORD = '学习率';
export const SHARED_CATEGORY = 'cs.LG';
/** The month of three of the four papers. */
export const BUSY_MONTH = '2021-01';

export const paperPath = (id: string) => `papers/${id}/`;
