import type { APIRoute } from 'astro';
import { atomFeed } from '../data/changes.ts';
import { loadSite } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await loadSite(), site), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
