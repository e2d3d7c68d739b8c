/**
 * The papers the favourites, reading, search and offline specs open, from the fixture site
 * tests/sites/library (a frozen copy of the sample as those specs were written for it). The /shelf/
 * build is made from the same files, so its specs name them from here too.
 */
export const PAPERS = {
  /** Digest with four authors, `diffusion` / `扩散模型` keywords; cs.CV, 2024-04-02. */
  distillation: {
    id: '2404.01817',
    title: 'One Step Is Enough: Trajectory-Consistent Distillation for Latent Diffusion Models',
    author: 'Haoran Liu',
    authors: ['Haoran Liu', 'Priya Raghunathan', 'Tobias Kessler', 'Yuki Sato'],
  },
  /** Canonical entry; cs.CL, 2024-06-13. */
  passageGraph: { id: '2406.08812', title: 'PassageGraph: Walking Entity Links for Multi-Hop Retrieval-Augmented Generation' },
} as const;

/** The paper most specs favourite, read and search for first, and the one they add beside it. */
export const FIRST = PAPERS.distillation;
export const SECOND = PAPERS.passageGraph;
