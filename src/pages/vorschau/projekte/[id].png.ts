import type { APIRoute } from 'astro';
import { ogPng } from '../../../build/og-image.ts';
import type { Projekt } from '../../../data/model.ts';
import { loadSite } from '../../../data/site.ts';
import { projektVorschau } from '../../../data/views.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.projekte.map((p) => ({ params: { id: p.id }, props: { projekt: p } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(projektVorschau(await loadSite(), (props as { projekt: Projekt }).projekt));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
