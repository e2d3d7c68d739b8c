/** One BibTeX file per paper, /papers/<id>.bib, linked from the paper page and its head. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtexEntry } from '@/lib/bibtex';
import { getPapersNewestFirst, type PaperEntry } from '@/lib/papers';
import { paperUrl } from '@/lib/urls';

export const getStaticPaths = (async () => {
  const papers = await getPapersNewestFirst();
  return papers.map((paper) => ({ params: { id: paper.id }, props: { paper } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: PaperEntry }> = ({ props, site }) => {
  const { data } = props.paper;
  const entry = bibtexEntry({
    ...data,
    title: data.paperTitle ?? data.title,
    url: site ? new URL(paperUrl(data.id), site).href : undefined,
  });
  return new Response(entry, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
