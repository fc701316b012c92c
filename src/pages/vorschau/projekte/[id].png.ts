import type { APIRoute } from 'astro';
import { ogPng } from '../../../build/og-image.ts';
import type { Projekt } from '../../../data/model.ts';
import { loadSite, seitenJeEintrag } from '../../../data/site.ts';
import { projektVorschau } from '../../../data/views.ts';

export function getStaticPaths() {
  return seitenJeEintrag('projekte');
}

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(projektVorschau(await loadSite(), (props as { eintrag: Projekt }).eintrag));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
