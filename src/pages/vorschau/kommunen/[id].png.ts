import type { APIRoute } from 'astro';
import { ogPng } from '../../../build/og-image.ts';
import type { Kommune } from '../../../data/model.ts';
import { loadSite } from '../../../data/site.ts';
import { kommuneVorschau } from '../../../data/views.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.kommunen.map((k) => ({ params: { id: k.id }, props: { kommune: k } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await ogPng(kommuneVorschau(await loadSite(), (props as { kommune: Kommune }).kommune));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
