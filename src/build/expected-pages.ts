/**
 * The pages a build must produce for a given content: every fixed route and
 * one page per Themenfeld, Projekt, Kommune and Seite. Checked after astro
 * build, because a render error can let Astro exit 0 with pages missing.
 */
import { basePath } from '../config/base-path.ts';
import { seitenAnzahl, seitenUrl } from '../data/pagination.ts';
import { urls } from '../data/urls.ts';
import { prioritaet, projektStatus } from '../schemas/vocab.ts';
import type { ContentFile } from '../validation/validate-content.ts';

export function expectedPages(files: readonly Pick<ContentFile, 'collection' | 'id'>[]): string[] {
  const ids = (collection: string) => files.filter((f) => f.collection === collection).map((f) => f.id);
  return [
    urls.start(), urls.leitbild(), urls.ziele(), urls.themenfelder(), urls.prioritaeten(), urls.projekte(),
    ...prioritaet.values.map((p) => urls.projekteDerPrioritaet(p)),
    urls.kommunen(), urls.chronik(), urls.quellen(), urls.suche(),
    ...projektStatus.values.map(urls.projekteMitStatus),
    ...ids('themenfelder').flatMap((id) => [urls.themenfeld(id), urls.projekteDesThemenfelds(id)]),
    ...ids('projekte').map(urls.projekt),
    ...ids('kommunen').flatMap((id) => [urls.kommune(id), urls.projekteDerKommune(id)]),
    ...ids('seiten').map(urls.seite),
    ...ids('quellen').map(urls.quelle),
    // Later pages of the split lists whose length the file count gives.
    ...weitereSeiten(ids('projekte').length, urls.projekte()),
    ...weitereSeiten(ids('quellen').length, urls.quellen()),
    ...weitereSeiten(ids('chronik').length, urls.chronik()),
  ];
}

const weitereSeiten = (eintraege: number, basis: string): string[] =>
  Array.from({ length: seitenAnzahl(eintraege) - 1 }, (_, i) => seitenUrl(basis, i + 2));

/** The file in the output folder that serves a site path ("/projekte/" → "projekte/index.html"), without the base path. */
export const htmlFileOf = (sitePath: string): string => `${sitePath.slice(basePath().length)}index.html`;
