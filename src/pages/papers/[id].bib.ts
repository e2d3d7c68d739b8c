/**
 * /papers/<id>.bib while developing (`astro dev`). A build writes the same files with the
 * bibtex-files integration instead, from the loader's hand-off: far cheaper than one endpoint per paper.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { paperBibtex } from '@/shared/bibtex';
import { BASE } from '@/shared/urls';
import { getPapersNewestFirst, type PaperEntry } from '@/lib/papers';
import { paperIdSlug } from '@/shared/paper-id';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const papers = await getPapersNewestFirst();
  return papers.map((paper) => ({ params: { id: paperIdSlug(paper.id) }, props: { paper } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: PaperEntry }> = ({ props, site }) =>
  new Response(paperBibtex(props.paper.data, { origin: site?.origin, base: BASE }), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
