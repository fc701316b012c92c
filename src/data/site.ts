/**
 * Loads every collection through Astro's content layer into plain, sorted
 * data (SiteContent). Pages call this and the views; they compute nothing.
 */
import { getCollection, render } from 'astro:content';
import { contentDir } from '../config/content-dir.ts';
import { readHistory, seitenAenderungen, type ContentHistory } from './history.ts';
import { entryFiles, MIT_FASSUNGEN, readFassungen, type Fassung, type FassungsSammlung } from './fassungen.ts';
import { urls } from './urls.ts';
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
      return {
        id: e.id,
        data,
        // MDX, and Markdown with images next to it (Astro optimises them only when it renders the entry).
        html: resolveLinks(mdx || e.rendered?.html.includes('__ASTRO_IMAGE_') ? await renderMdx(e) : (e.rendered?.html ?? '')),
        file,
        aenderungen: seitenAenderungen(data.aenderungen, entryFiles(name, { file, data }), history),
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

/** The entries' Fassungen from git, each linked from the change note (or first publication) that made it. */
function fassungenVon(sammlungen: Record<FassungsSammlung, Entry<FassungsSammlung>[]>): Fassung[] {
  const eintraege = MIT_FASSUNGEN.flatMap((sammlung) => sammlungen[sammlung].map((e) => ({ sammlung, id: e.id, dateien: entryFiles(sammlung, e) })));
  // Historic files were validated by the build before Astro ran (scripts/build.ts); here they are only read.
  const { fassungen } = readFassungen(contentDir(), eintraege, () => []);
  const schluessel = (sammlung: string, id: string, datum: string, notiz: string) => `${sammlung}/${id}/${datum}/${notiz}`;
  const nachAenderung = new Map(fassungen.map((f) => [schluessel(f.sammlung, f.id, f.datum, f.notiz), f]));
  for (const sammlung of MIT_FASSUNGEN) {
    for (const e of sammlungen[sammlung]) {
      for (const a of e.aenderungen) {
        const f = nachAenderung.get(schluessel(sammlung, e.id, a.datum, a.notiz));
        if (f) a.fassung = urls.fassung(sammlung, e.id, f.slug);
      }
    }
  }
  return fassungen;
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
    const fassungen = fassungenVon({ projekte, kommunen, themenfelder });
    return {
      einstellungen: einstellungen[0]!.data,
      leitbild: leitbild[0]!,
      ziele: ziele.sort((a, b) => a.data.nummer - b.data.nummer),
      themenfelder, projekte, kommunen, chronik, quellen, seiten,
      historie: { verfuegbar: history.verfuegbar, unvollstaendig: history.unvollstaendig },
      fassungen,
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

/** getStaticPaths for the Fassungen of a collection: params { id, slug }, props for Fassungsansicht. */
export async function fassungsSeiten(sammlung: FassungsSammlung) {
  const site = await loadSite();
  const liste = site.fassungen.filter((f) => f.sammlung === sammlung);
  const eintraege = new Map((site[sammlung] as Entry<FassungsSammlung>[]).map((e) => [e.id, e]));
  return liste.flatMap((fassung, i) => {
    const eintrag = eintraege.get(fassung.id)!;
    const vorher = liste[i - 1]?.id === fassung.id ? liste[i - 1] : undefined;
    const name = String((eintrag.data as { titel?: string; name?: string }).titel ?? (eintrag.data as { name?: string }).name);
    const props = { fassung, vorher, name, aktuell: urls[sammlung === 'projekte' ? 'projekt' : sammlung === 'kommunen' ? 'kommune' : 'themenfeld'](fassung.id) };
    // A renamed entry keeps the Fassung addresses published under its former ids.
    const ids = [fassung.id, ...((eintrag.data as { alias?: string[] }).alias ?? [])];
    return ids.map((id) => ({ params: { id, slug: fassung.slug }, props }));
  });
}
