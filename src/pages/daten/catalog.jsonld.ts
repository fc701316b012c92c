import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { absolutMit } from '../../data/open-data.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(catalog(await loadSite(), absolutMit(site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
