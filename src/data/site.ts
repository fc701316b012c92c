/**
 * Loads every collection through Astro's content layer into plain, sorted
 * data (SiteContent). Pages call this and the views; they compute nothing.
 */
import { getCollection } from 'astro:content';
import type { CollectionName, EntryData } from '../schemas/index.ts';
import { collections } from '../schemas/index.ts';
import type { Entry, SiteContent } from './model.ts';
import { resolveCitations } from './views.ts';

interface AstroEntry {
  id: string;
  data: unknown;
  filePath?: string;
  rendered?: { html: string };
}

async function load<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  const entries = (await getCollection(name as never)) as AstroEntry[];
  return entries
    .map((e) => ({
      id: e.id,
      data: e.data as EntryData<C>,
      html: resolveCitations(e.rendered?.html ?? ''),
      file: `${collections[name].path}/${e.id}.md`,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

let cached: Promise<SiteContent> | undefined;

export function loadSite(): Promise<SiteContent> {
  cached ??= (async () => {
    const [einstellungen, leitbild, ziele, themenfelder, projekte, kommunen, chronik, quellen, seiten] = await Promise.all([
      load('einstellungen'), load('leitbild'), load('ziele'), load('themenfelder'), load('projekte'),
      load('kommunen'), load('chronik'), load('quellen'), load('seiten'),
    ]);
    return {
      einstellungen: einstellungen[0]!.data,
      leitbild: leitbild[0]!,
      ziele: ziele.sort((a, b) => a.data.nummer - b.data.nummer),
      themenfelder, projekte, kommunen, chronik, quellen, seiten,
    };
  })();
  return cached;
}
