/**
 * Every URL pattern of the site in one place. Published URLs must never
 * change: a new pattern is added here, an old one is kept (issue: permalinks).
 */
import { basePath } from '../config/base-path.ts';
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
  aenderungenFeed: () => href('/aenderungen.xml'),
};

/** Links into the repository (GitHub-style), when its address is known. */
export function repositoryLinks(repository: string, zweig: string) {
  if (!/^https?:\/\//.test(repository)) return undefined;
  const base = repository.replace(/\/+$/, '');
  return {
    bearbeiten: (datei: string) => `${base}/edit/${zweig}/content/${datei}`,
    commit: (hash: string) => `${base}/commit/${hash}`,
  };
}
