import type { APIRoute } from 'astro';
import { ogPng } from '../../../build/og-image.ts';
import type { Kommune } from '../../../data/model.ts';
import { loadSite, seitenJeEintrag } from '../../../data/site.ts';
import { kommuneVorschau } from '../../../data/views.ts';

export function getStaticPaths() {
  return seitenJeEintrag('kommunen');
}

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(kommuneVorschau(await loadSite(), (props as { eintrag: Kommune }).eintrag));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
