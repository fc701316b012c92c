/**
 * Every URL pattern of the site in one place. Published URLs must never
 * change: a new pattern is added here, an old one is kept (issue: permalinks).
 */
import { basePath } from '../config/base-path.ts';
import { repositoryUrl } from '../config/site-url.ts';
import { PRIORITAET_NUMMER, type Prioritaet } from '../schemas/vocab.ts';

const BASE = basePath();

/** Prefix a site-absolute path with the configured base path. */
export const href = (path: string): string => BASE + path.replace(/^\//, '');

export const urls = {
  start: () => href('/'),
  leitbild: () => href('/leitbild/'),
  ziele: () => href('/ziele/'),
  themenfelder: () => href('/themenfelder/'),
  themenfeld: (id: string) => href(`/themenfelder/${id}/`),
  prioritaeten: () => href('/prioritaeten/'),
  projekte: () => href('/projekte/'),
  projekteDerPrioritaet: (p: Prioritaet) => href(`/projekte/prioritaet-${PRIORITAET_NUMMER[p]}/`),
  projekt: (id: string) => href(`/projekte/${id}/`),
  projekteDesThemenfelds: (id: string) => href(`/projekte/themenfeld/${id}/`),
  projekteDerKommune: (id: string) => href(`/projekte/kommune/${id}/`),
  projekteMitStatus: (status: string) => href(`/projekte/status/${status}/`),
  /** What the filter bar searches when /projekte/ is split into pages. */
  projektFilterIndex: () => href('/projekte/filter.json'),
  kommunen: () => href('/kommunen/'),
  kommune: (id: string) => href(`/kommunen/${id}/`),
  chronik: () => href('/chronik/'),
  /** Every decision of the Kreis and the Kommunen by date, with body (added with issue 10). */
  beschluesse: () => href('/chronik/beschluesse/'),
  /** Fragment ids start with a letter; Chronik ids start with their date. */
  chronikAnker: (id: string) => `ereignis-${id}`,
  quellen: () => href('/quellen/'),
  quelle: (id: string) => href(`/quellen/${id}/`),
  seite: (id: string) => href(`/${id}/`),
  suche: () => href('/suche/'),
  daten: () => href('/daten/'),
  /** A file below /daten/: a dataset or the catalogue. */
  datei: (datei: string) => href(`/daten/${datei}`),
  projektVorschau: (id: string) => href(`/vorschau/projekte/${id}.png`),
  kommuneVorschau: (id: string) => href(`/vorschau/kommunen/${id}.png`),
  aenderungen: () => href('/aenderungen/'),
  /** A frozen version (Fassung) of an entry's page. */
  fassung: (sammlung: string, id: string, slug: string) => href(`/${sammlung}/${id}/fassung/${slug}/`),
  aenderungenFeed: () => href('/aenderungen.xml'),
};

/** Collections whose entries have a page of their own, and the folder of that page ('' = top level). */
export const ENTRY_PAGE_FOLDERS = { projekte: 'projekte', kommunen: 'kommunen', themenfelder: 'themenfelder', quellen: 'quellen', seiten: '' } as const;
export type EntryPageCollection = keyof typeof ENTRY_PAGE_FOLDERS;

/**
 * The entry a page path (without base path) would show: "/projekte/x/" → projekte/x, "/x/" → seiten/x.
 * Fixed routes match too ("/projekte/prioritaet-1/"); callers rule them out by the ids that exist.
 */
export function entryOfPage(sitePath: string): { collection: EntryPageCollection; id: string } | undefined {
  const m = /^\/(?:([a-z]+)\/)?([a-z0-9-]+)\/$/.exec(sitePath);
  if (!m) return undefined;
  const collection = (Object.keys(ENTRY_PAGE_FOLDERS) as EntryPageCollection[]).find((c) => ENTRY_PAGE_FOLDERS[c] === (m[1] ?? ''));
  return collection ? { collection, id: m[2]! } : undefined;
}

/** The page path of an entry (without base path). */
export const entryPage = (collection: EntryPageCollection, id: string): string =>
  ENTRY_PAGE_FOLDERS[collection] ? `/${ENTRY_PAGE_FOLDERS[collection]}/${id}/` : `/${id}/`;

/** Links into the repository (GitHub-style), when its address is known (settings, or the repository GitHub Actions builds). */
export function repositoryLinks(fromSettings: string, zweig: string) {
  const repository = repositoryUrl(fromSettings);
  if (!repository) return undefined;
  const base = repository.replace(/\/+$/, '');
  return {
    bearbeiten: (datei: string) => `${base}/edit/${zweig}/content/${datei}`,
  };
}
