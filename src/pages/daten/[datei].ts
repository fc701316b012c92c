import type { APIRoute } from 'astro';
import { DATASETS, datensatz } from '../../data/datasets.ts';
import { absolutMit } from '../../data/open-data.ts';
import { loadSite } from '../../data/site.ts';

export function getStaticPaths() {
  return DATASETS.map((dataset) => ({ params: { datei: dataset.datei }, props: { dataset } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = props as { dataset: (typeof DATASETS)[number] };
  const { inhalt } = datensatz(dataset, await loadSite(), absolutMit(site));
  return new Response(inhalt, { headers: { 'content-type': `${dataset.mediaType}; charset=utf-8` } });
};
