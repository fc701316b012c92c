/**
 * Loads every collection through Astro's content layer into plain, sorted
 * data (SiteContent). Pages call this and the views; they compute nothing.
 */
import { getCollection, render } from 'astro:content';
import { contentDir } from '../config/content-dir.ts';
import { readHistory, seitenAenderungen, type ContentHistory } from './history.ts';
import type { CollectionName, EntryData } from '../schemas/index.ts';
import { collections } from '../schemas/index.ts';
import type { Entry, SiteContent } from './model.ts';
import { resolveLinks } from './views.ts';

interface AstroEntry {
  id: string;
  data: unknown;
  filePath?: string;
  rendered?: { html: string };
}

async function load<C extends CollectionName>(name: C, history: ContentHistory): Promise<Entry<C>[]> {
  const entries = (await getCollection(name as never)) as AstroEntry[];
  const def = collections[name];
  const loaded = await Promise.all(
    entries.map(async (e) => {
      const mdx = e.filePath?.endsWith('.mdx') ?? false;
      const file = def.format === 'yaml' ? def.path : `${def.path}/${e.id}.${mdx ? 'mdx' : 'md'}`;
      const data = e.data as EntryData<C> & { aenderungen?: { datum: string; notiz: string }[]; alias?: string[] };
      const frueher = (data.alias ?? []).flatMap((a) => [`${def.path}/${a}.md`, `${def.path}/${a}.mdx`]);
      return {
        id: e.id,
        data,
        // MDX, and Markdown with images next to it (Astro optimises them only when it renders the entry).
        html: resolveLinks(mdx || e.rendered?.html.includes('__ASTRO_IMAGE_') ? await renderMdx(e) : (e.rendered?.html ?? '')),
        file,
        aenderungen: seitenAenderungen(data.aenderungen, [file, ...frueher], history),
      };
    }),
  );
  return loaded.sort((a, b) => a.id.localeCompare(b.id));
}

/** An entry's text rendered by Astro: .mdx with the site's content components (the only ones it may use; it cannot import). */
let mdxContainer: Promise<{ renderToString: (c: unknown, o: unknown) => Promise<string> }> | undefined;
async function renderMdx(entry: AstroEntry): Promise<string> {
  mdxContainer ??= (async () => {
    const [{ experimental_AstroContainer }, { loadRenderers }, { getContainerRenderer }] = await Promise.all([
      import('astro/container'), import('astro:container'), import('@astrojs/mdx/container-renderer'),
    ]);
    return experimental_AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) }) as never;
  })();
  const { INHALT_ASTRO_KOMPONENTEN } = await import('../components/inhalt/index.ts');
  const { Content } = await render(entry as never);
  return (await mdxContainer).renderToString(Content, { props: { components: INHALT_ASTRO_KOMPONENTEN } });
}

let cached: Promise<SiteContent> | undefined;

export function loadSite(): Promise<SiteContent> {
  cached ??= (async () => {
    const history = readHistory(contentDir());
    const [einstellungen, leitbild, ziele, themenfelder, projekte, kommunen, chronik, quellen, seiten] = await Promise.all(
      (['einstellungen', 'leitbild', 'ziele', 'themenfelder', 'projekte', 'kommunen', 'chronik', 'quellen', 'seiten'] as const).map(
        (name) => load(name, history),
      ),
    ) as [Entry<'einstellungen'>[], Entry<'leitbild'>[], Entry<'ziele'>[], Entry<'themenfelder'>[], Entry<'projekte'>[], Entry<'kommunen'>[], Entry<'chronik'>[], Entry<'quellen'>[], Entry<'seiten'>[]];
    return {
      einstellungen: einstellungen[0]!.data,
      leitbild: leitbild[0]!,
      ziele: ziele.sort((a, b) => a.data.nummer - b.data.nummer),
      themenfelder, projekte, kommunen, chronik, quellen, seiten,
      historie: { verfuegbar: history.verfuegbar, unvollstaendig: history.unvollstaendig },
    };
  })();
  return cached;
}

type MitSeite = 'projekte' | 'kommunen' | 'themenfelder' | 'quellen' | 'seiten';

/** getStaticPaths for one page per entry: params { [param]: id }, props { eintrag }. */
export async function seitenJeEintrag<C extends MitSeite>(sammlung: C, param = 'id'): Promise<{ params: Record<string, string>; props: { eintrag: SiteContent[C][number] } }[]> {
  const site = await loadSite();
  return (site[sammlung] as SiteContent[C][number][]).map((eintrag) => ({ params: { [param]: eintrag.id }, props: { eintrag } }));
}
