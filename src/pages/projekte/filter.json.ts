import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { filterIndex } from '../../data/views.ts';

/** The index the filter bar on /projekte/ searches when the list is split into pages. */
export const GET: APIRoute = async () => new Response(JSON.stringify(filterIndex(await loadSite())), { headers: { 'content-type': 'application/json' } });
