/**
 * Derived views over the content: pure functions of SiteContent, so that
 * every page shows the same facts the same way (and they are unit-tested).
 */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { annahmeStand, beschlussErgebnis, beteiligungsRolle, prioritaet, projektStatus, type Prioritaet } from '../schemas/vocab.ts';
import { anzahl, datumSortKey, formatDatum } from './format.ts';
import { SEITENGROESSE, seiteDerPosition, seitenUrl } from './pagination.ts';
import type { ChronikEintrag, Kommune, Projekt, Quelle, SiteContent, Themenfeld } from './model.ts';
import { byTitle, einmalJeSite, indexVon, istStrategieprojekt, TIER_ORDER, type Beteiligung, type ProjektBeteiligung } from './lookup.ts';
import { hoechstalter, juengsteQuelle, projektStatusAnzeige, statusAnzeige, type StatusAnzeige } from './status.ts';

export { istStrategieprojekt } from './lookup.ts';
import { href, urls } from './urls.ts';

export type { Beteiligung, ProjektBeteiligung } from './lookup.ts';

export type ProjektStatus = (typeof projektStatus.values)[number];

export function themenfeldVon(site: SiteContent, projekt: Projekt): Themenfeld | undefined {
  const id = projekt.data.themenfeld;
  return id === KEINE_ANGABE ? undefined : indexVon(site).themenfeld.get(id);
}

/** A project's priority is its Themenfeld's; unknown Themenfeld means unknown priority. */
export function prioritaetVon(site: SiteContent, projekt: Projekt): Prioritaet | undefined {
  return themenfeldVon(site, projekt)?.data.prioritaet;
}

/** Projects by tier (unknown last), then title. */
export function projekteSortiert(site: SiteContent): Projekt[] {
  return indexVon(site).projekte;
}

export function projekteDerPrioritaet(site: SiteContent, p: Prioritaet): Projekt[] {
  return indexVon(site).nachPrioritaet.get(p) ?? [];
}

/** Projects whose main or further Themenfeld is `themenfeldId`. */
export function projekteDesThemenfelds(site: SiteContent, themenfeldId: string): Projekt[] {
  return indexVon(site).nachThemenfeld.get(themenfeldId) ?? [];
}

export function themenfelderSortiert(site: SiteContent): Themenfeld[] {
  return [...site.themenfelder].sort(
    (a, b) => TIER_ORDER(a.data.prioritaet) - TIER_ORDER(b.data.prioritaet) || a.data.reihenfolge - b.data.reihenfolge || byTitle(a.data.titel, b.data.titel),
  );
}

export function themenfelderNachPrioritaet(site: SiteContent): { prioritaet: Prioritaet; themenfelder: Themenfeld[] }[] {
  const sorted = themenfelderSortiert(site);
  return prioritaet.values.map((p) => ({ prioritaet: p, themenfelder: sorted.filter((t) => t.data.prioritaet === p) }));
}

/** The projects a Kommune takes part in, each with its role and status there. */
export function projekteDerKommune(site: SiteContent, kommuneId: string): ProjektBeteiligung[] {
  return indexVon(site).nachKommune.get(kommuneId) ?? [];
}

/** The Kreis first, then towns and municipalities alphabetically. */
export function kommunenSortiert(site: SiteContent): Kommune[] {
  return indexVon(site).kommunen;
}

export function kommuneName(site: SiteContent, id: string): string {
  return indexVon(site).kommune.get(id)?.data.name ?? id;
}

/** Oldest first; same date by title. */
export function chronikSortiert(site: SiteContent): ChronikEintrag[] {
  return einmalJeSite(site, sortiereChronik);
}
const sortiereChronik = (site: SiteContent) =>
  [...site.chronik].sort((a, b) => datumSortKey(a.data.datum).localeCompare(datumSortKey(b.data.datum)) || byTitle(a.data.titel, b.data.titel));

const chronikPositionen = (site: SiteContent) => new Map(chronikSortiert(site).map((c, i) => [c.id, i]));

/** By publisher, then date. */
export function quellenSortiert(site: SiteContent): Quelle[] {
  return einmalJeSite(site, sortiereQuellen);
}
const sortiereQuellen = (site: SiteContent) =>
  [...site.quellen].sort((a, b) => byTitle(a.data.herausgeber, b.data.herausgeber) || datumSortKey(a.data.datum).localeCompare(datumSortKey(b.data.datum)) || a.id.localeCompare(b.id));

export function quelleVon(site: SiteContent, id: string): Quelle | undefined {
  return indexVon(site).quelle.get(id);
}

export function statusZaehlung(projekte: Projekt[]): { status: ProjektStatus; anzahl: number }[] {
  return projektStatus.values
    .map((status) => ({ status, anzahl: projekte.filter((p) => p.data.status.wert === status).length }))
    .filter((x) => x.anzahl > 0);
}

export interface Verweis {
  titel: string;
  url: string;
}

/** Where each source is cited: in fields (quellen lists) or in the text. Computed once per build. */
export function zitierendeSeiten(site: SiteContent): Map<string, Verweis[]> {
  return einmalJeSite(site, findeZitate);
}

/** The pages citing a source, as many as a page shows; the rest are in the dataset quellen.json. */
export function zitiertAuf(site: SiteContent, quelleId: string) {
  const alle = zitierendeSeiten(site).get(quelleId) ?? [];
  return { verweise: alle.slice(0, SEITENGROESSE), weitere: Math.max(0, alle.length - SEITENGROESSE), datensatz: urls.datei('quellen.json') };
}

/** The Chronik is split into pages: an entry's link names the page that holds it. */
export function chronikUrl(site: SiteContent, id: string): string {
  const position = einmalJeSite(site, chronikPositionen).get(id) ?? 0;
  return `${seitenUrl(urls.chronik(), seiteDerPosition(position))}#${urls.chronikAnker(id)}`;
}

function findeZitate(site: SiteContent): Map<string, Verweis[]> {
  const out = new Map<string, Verweis[]>();
  const seen = new Set<string>();
  const add = (quelleId: string, verweis: Verweis) => {
    const key = `${quelleId} ${verweis.url}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = out.get(quelleId);
    if (list) list.push(verweis);
    else out.set(quelleId, [verweis]);
  };
  const visit = (value: unknown, verweis: Verweis) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, verweis));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'quellen' || key === 'art_quellen') && Array.isArray(child)) child.forEach((id) => add(String(id), verweis));
        else visit(child, verweis);
      }
    }
  };
  const entries: { data: unknown; body: string; verweis: Verweis }[] = [
    { data: site.leitbild.data, body: site.leitbild.html, verweis: { titel: site.leitbild.data.titel, url: urls.leitbild() } },
    ...site.ziele.map((z) => ({ data: z.data, body: z.html, verweis: { titel: `Ziel ${z.data.nummer}: ${z.data.titel}`, url: urls.ziele() } })),
    ...site.themenfelder.map((t) => ({ data: t.data, body: t.html, verweis: { titel: `Themenfeld ${t.data.titel}`, url: urls.themenfeld(t.id) } })),
    ...site.projekte.map((p) => ({ data: p.data, body: p.html, verweis: { titel: p.data.titel, url: urls.projekt(p.id) } })),
    ...site.kommunen.map((k) => ({ data: k.data, body: k.html, verweis: { titel: k.data.name, url: urls.kommune(k.id) } })),
    ...site.chronik.map((c) => ({ data: c.data, body: c.html, verweis: { titel: `Chronik: ${c.data.titel}`, url: chronikUrl(site, c.id) } })),
    ...site.seiten.map((s) => ({ data: s.data, body: s.html, verweis: { titel: s.data.titel, url: urls.seite(s.id) } })),
  ];
  for (const { data, body, verweis } of entries) {
    visit(data, verweis);
    for (const m of body.matchAll(/href="[^"]*\/quellen\/([a-z0-9-]+)\/"/g)) add(m[1]!, verweis);
  }
  for (const list of out.values()) list.sort((a, b) => byTitle(a.titel, b.titel));
  return out;
}

/** Links in rendered Markdown: citations ("quelle:<id>") point to the source list, site-absolute links get the base path. */
export function resolveLinks(html: string): string {
  return html
    // Images Astro optimised already carry the base path (…/_astro/…).
    .replace(/(href|src)="\/(?!\/)([^"]*)"/g, (all: string, attr: string, rest: string) => (attr === 'src' && `/${rest}`.startsWith(href('/_astro/')) ? all : `${attr}="${href(`/${rest}`)}"`))
    .replace(/href="quelle:([a-z0-9-]+)"/g, (_, id: string) => `href="${urls.quelle(id)}"`);
}


/** What a project list shows of one project: plain data for ProjektListe. */
export interface ProjektKarte {
  id: string;
  url: string;
  titel: string;
  beschreibung: string;
  /** A project of the strategy (counts for priorities), or a further project in the region. */
  strategie: boolean;
  /** Tier, for strategy projects with a known Themenfeld. */
  prioritaet: Prioritaet | undefined;
  /** Title of the main Themenfeld, when known. */
  themenfeld: string | undefined;
  status: StatusAnzeige | undefined;
  /** Role and status in one Kommune, when the list is a Kommune's. */
  beteiligung?: { rolle: string | undefined; status: StatusAnzeige | undefined };
  /** Values for the filter bar on /projekte/. */
  filter: ReturnType<typeof filterWerte>;
}

export function projektKarte(site: SiteContent, projekt: Projekt, beteiligung?: Beteiligung): ProjektKarte {
  const strategie = istStrategieprojekt(projekt);
  return {
    id: projekt.id,
    url: urls.projekt(projekt.id),
    titel: projekt.data.titel,
    beschreibung: projekt.data.beschreibung,
    strategie,
    prioritaet: strategie ? prioritaetVon(site, projekt) : undefined,
    themenfeld: themenfeldVon(site, projekt)?.data.titel,
    status: projektStatusAnzeige(site, projekt),
    filter: filterWerte(site, projekt),
    ...(beteiligung
      ? { beteiligung: { rolle: beteiligung.rolle === 'keine-angabe' ? undefined : beteiligungsRolle.label(beteiligung.rolle), status: beteiligungsStatus(site, beteiligung) } }
      : {}),
  };
}

/** A Kommune's status in a project, dated by the newest source documenting that part. */
export function beteiligungsStatus(site: SiteContent, b: Beteiligung): StatusAnzeige | undefined {
  return statusAnzeige(b.status, juengsteQuelle(site, b.quellen), hoechstalter(site));
}

/** Labels of the fields whose value is unknown, for the one line "Nicht belegt: …". */
export function nichtBelegt(felder: Record<string, unknown>): string[] {
  return Object.entries(felder).filter(([, wert]) => wert === undefined || wert === KEINE_ANGABE || wert === 'keine-angabe' || (Array.isArray(wert) && wert.length === 0)).map(([label]) => label);
}

/** Strategy projects and further projects of a list, each group in the list's order. */
export function nachBezug<T extends { strategie: boolean }>(karten: readonly T[]): { strategie: T[]; weitere: T[] } {
  return { strategie: karten.filter((k) => k.strategie), weitere: karten.filter((k) => !k.strategie) };
}

/**
 * The first page of a project list, for pages that show a list besides other
 * things (Kommune, Themenfeld): with a link to the whole, split index when more.
 */
export function listenAnfang<T>(items: readonly T[], indexUrl: string, worum: string) {
  return {
    items: items.slice(0, SEITENGROESSE),
    alle: items.length > SEITENGROESSE ? { url: indexUrl, text: `Alle ${anzahl(items.length, 'Projekt', 'Projekte')} ${worum}` } : undefined,
  };
}

/** The sources with these ids, each once, in the order first named. */
export function quellenVon(site: SiteContent, ids: readonly string[] | undefined): Quelle[] {
  return [...new Set(ids ?? [])].map((id) => quelleVon(site, id)).filter((q): q is Quelle => q !== undefined);
}

/** What the link-preview image of a project shows. */
export function projektVorschau(site: SiteContent, projekt: Projekt) {
  const p = istStrategieprojekt(projekt) ? prioritaetVon(site, projekt) : undefined;
  const anzahl = projekt.data.beteiligte.length;
  const status = projektStatusAnzeige(site, projekt);
  return {
    art: istStrategieprojekt(projekt) ? 'Projekt der Strategie' : 'Vorhaben im Kreis',
    titel: projekt.data.titel,
    merkmale: [
      ...(p ? [prioritaet.label(p)] : []),
      ...(status ? [status.text] : []),
      ...(anzahl === 0 ? [] : [`${anzahl} ${anzahl === 1 ? 'Kommune' : 'Kommunen'}`]),
    ],
    fuss: `${site.einstellungen.titel} – ${site.einstellungen.motto}`,
  };
}

/** What the link-preview image of a Kommune shows. */
export function kommuneVorschau(site: SiteContent, kommune: Kommune) {
  const anzahl = projekteDerKommune(site, kommune.id).length;
  return {
    art: 'Kommune',
    titel: kommune.data.name,
    merkmale: [...(kommune.data.annahme.stand === 'keine-angabe' ? [] : [annahmeStand.label(kommune.data.annahme.stand)]), `${anzahl} ${anzahl === 1 ? 'Projekt' : 'Projekte'}`],
    fuss: `${site.einstellungen.titel} – ${site.einstellungen.motto}`,
  };
}

export interface Weiterleitung {
  /** Old site path without slashes at the ends, e.g. "projekte/alter-name". */
  von: string;
  nach: string;
  titel: string;
}

/** Redirects from every former id ("alias") to its entry. */
export function weiterleitungen(site: SiteContent): Weiterleitung[] {
  const strip = (p: string) => p.replace(/^\/+|\/+$/g, '');
  const out: Weiterleitung[] = [];
  const add = (aliases: string[] | undefined, pfad: (id: string) => string, id: string, titel: string) => {
    for (const alt of aliases ?? []) out.push({ von: strip(pfad(alt).replace(urls.start(), '/')), nach: pfad(id), titel });
  };
  for (const p of site.projekte) add(p.data.alias, urls.projekt, p.id, p.data.titel);
  for (const k of site.kommunen) add(k.data.alias, urls.kommune, k.id, k.data.name);
  for (const t of site.themenfelder) add(t.data.alias, urls.themenfeld, t.id, t.data.titel);
  for (const s of site.seiten) add(s.data.alias, urls.seite, s.id, s.data.titel);
  return out.sort((a, b) => a.von.localeCompare(b.von));
}

export interface FacettenEintrag {
  label: string;
  url: string;
  anzahl: number;
  aktuell: boolean;
}
export interface FacettenGruppe {
  titel: string;
  eintraege: FacettenEintrag[];
}

/** The project indexes by tier, Themenfeld, Kommune and status, with counts: links between all of them. */
export function projektFacetten(site: SiteContent, aktuell?: string): FacettenGruppe[] {
  const eintrag = (label: string, url: string, anzahl: number) => ({ label, url, anzahl, aktuell: url === aktuell });
  const gruppen: FacettenGruppe[] = [
    { titel: 'Priorität', eintraege: prioritaet.values.map((p) => eintrag(prioritaet.label(p), urls.projekteDerPrioritaet(p), projekteDerPrioritaet(site, p).length)) },
    { titel: 'Themenfeld', eintraege: themenfelderSortiert(site).map((t) => eintrag(t.data.titel, urls.projekteDesThemenfelds(t.id), projekteDesThemenfelds(site, t.id).length)) },
    { titel: 'Kommune', eintraege: kommunenSortiert(site).map((k) => eintrag(k.data.name, urls.projekteDerKommune(k.id), projekteDerKommune(site, k.id).length)) },
    { titel: 'Status', eintraege: projektStatus.values.filter((s) => s !== 'keine-angabe').map((s) => eintrag(projektStatus.label(s), urls.projekteMitStatus(s), projekteMitStatus(site, s).length)) },
  ];
  // An index without projects is still reachable by its address, but not offered as a choice.
  return gruppen.map((g) => ({ ...g, eintraege: g.eintraege.filter((e) => e.anzahl > 0 || e.aktuell) }));
}

export function projekteMitStatus(site: SiteContent, status: ProjektStatus): Projekt[] {
  return indexVon(site).nachStatus.get(status) ?? [];
}

/** Values a project list item carries for the filter bar (data attributes). */
export function filterWerte(site: SiteContent, projekt: Projekt) {
  return {
    prioritaet: (istStrategieprojekt(projekt) ? prioritaetVon(site, projekt) : undefined) ?? (istStrategieprojekt(projekt) ? 'keine-angabe' : 'weitere'),
    themenfeld: [projekt.data.themenfeld, ...(projekt.data.weitere_themenfelder ?? [])].filter((t) => t !== KEINE_ANGABE).join(' '),
    kommune: projekt.data.beteiligte.map((b) => b.kommune).join(' '),
    status: projekt.data.status.wert,
  };
}

/**
 * Every project as the filter bar needs it when /projekte/ is split into
 * pages: one row [id, title, …per filter the positions of its values among
 * that filter's choices]. Positions instead of ids keep the file small; the
 * bar reads values and labels from its own <option>s and links `basis` + id + "/".
 */
export function filterIndex(site: SiteContent) {
  const filter = filterOptionen(site).map((f) => ({ name: f.name, position: new Map(f.optionen.map((o, i) => [o.wert, i])) }));
  return {
    basis: urls.projekte(),
    filter: filter.map((f) => f.name),
    projekte: projekteSortiert(site).map((p) => {
      const werte = filterWerte(site, p);
      return [p.id, p.data.titel, ...filter.map((f) => werte[f.name].split(' ').filter(Boolean).map((w) => f.position.get(w)!))];
    }),
  };
}

/** The choices of the filter bar on /projekte/: value and label per filter. */
export function filterOptionen(site: SiteContent) {
  return [
    { name: 'prioritaet' as const, label: 'Priorität', optionen: [...prioritaet.values.map((p) => ({ wert: p, label: prioritaet.label(p) })), { wert: 'keine-angabe', label: 'Strategie, Priorität nicht belegt' }, { wert: 'weitere', label: 'Weitere Vorhaben (ohne Priorität)' }] },
    { name: 'themenfeld' as const, label: 'Themenfeld', optionen: themenfelderSortiert(site).map((t) => ({ wert: t.id, label: t.data.titel })) },
    { name: 'kommune' as const, label: 'Kommune', optionen: kommunenSortiert(site).map((k) => ({ wert: k.id, label: k.data.name })) },
    { name: 'status' as const, label: 'Status', optionen: projektStatus.values.map((s) => ({ wert: s, label: s === 'keine-angabe' ? 'Status nicht belegt' : projektStatus.label(s) })) },
  ];
}

/** The projects with known participants: the rows of the matrix on /kommunen/. */
export function projekteMitBeteiligten(site: SiteContent): Projekt[] {
  return projekteSortiert(site).filter((p) => p.data.beteiligte.length > 0);
}

/** Projects (rows, one page of them) × Kommunen with the status of each participation: the matrix on /kommunen/. */
export function beteiligungsMatrix(site: SiteContent, zeilen: readonly Projekt[]) {
  const kommunen = kommunenSortiert(site);
  return {
    kommunen: kommunen.map((k) => ({ id: k.id, name: k.data.name, url: urls.kommune(k.id) })),
    zeilen: zeilen.map((p) => {
      const beteiligt = new Map(p.data.beteiligte.map((b) => [b.kommune, b] as const).reverse());
      return {
        titel: p.data.titel,
        url: urls.projekt(p.id),
        zellen: kommunen.map((k) => {
          const b = beteiligt.get(k.id);
          return b ? { status: beteiligungsStatus(site, b), federfuehrend: b.rolle === 'federfuehrend' } : undefined;
        }),
      };
    }),
  };
}

/** Strategy projects by status for the start page: current statuses per value, older ones and undocumented ones apart. */
export function umsetzungsStand(site: SiteContent) {
  const anzeigen = indexVon(site).projekte.filter(istStrategieprojekt).map((p) => projektStatusAnzeige(site, p));
  const aktuell = projektStatus.values
    .map((status) => ({ status, anzahl: anzeigen.filter((a) => a && !a.veraltet && a.wert === status).length }))
    .filter((x) => x.anzahl > 0);
  return {
    gesamt: anzeigen.length,
    aktuell,
    veraltet: anzeigen.filter((a) => a?.veraltet).length,
    unbelegt: anzeigen.filter((a) => a === undefined).length,
    hoechstalter: hoechstalter(site),
  };
}

/** The years of the Chronik, each with the address of its first entry (the page that holds it). */
export function chronikJahre(site: SiteContent): { jahr: string; url: string }[] {
  const out: { jahr: string; url: string }[] = [];
  for (const c of chronikSortiert(site)) {
    const jahr = c.data.datum === KEINE_ANGABE ? 'ohne Datum' : c.data.datum.slice(0, 4);
    if (out.at(-1)?.jahr !== jahr) out.push({ jahr, url: `${chronikUrl(site, c.id).split('#')[0]}#jahr-${jahr.replace(/\s/g, '-')}` });
  }
  return out;
}

export interface BeschlussZeile {
  kommune: { name: string; url: string };
  gremium: string | undefined;
  datum: string | undefined;
  gegenstand: string;
  vorlage: string | undefined;
  ergebnis: string | undefined;
  hinweis: string | undefined;
  quellen: Quelle[];
}

/** Every decision and deliberation of the Kreis and the Kommunen, by date (undated last), then Kommune. */
export function alleBeschluesse(site: SiteContent): BeschlussZeile[] {
  const zeilen = kommunenSortiert(site).flatMap((k) =>
    k.data.beschluesse.map((b) => ({
      kommune: { name: k.data.name, url: urls.kommune(k.id) },
      gremium: b.gremium === KEINE_ANGABE ? undefined : b.gremium,
      datum: b.datum === KEINE_ANGABE ? undefined : b.datum,
      gegenstand: b.gegenstand,
      vorlage: b.vorlage === KEINE_ANGABE ? undefined : b.vorlage,
      ergebnis: b.ergebnis === 'keine-angabe' ? undefined : beschlussErgebnis.label(b.ergebnis),
      hinweis: b.hinweis,
      quellen: quellenVon(site, b.quellen),
    })),
  );
  return zeilen
    .map((z, i) => ({ z, i }))
    .sort((a, b) => datumSortKey(a.z.datum ?? KEINE_ANGABE).localeCompare(datumSortKey(b.z.datum ?? KEINE_ANGABE)) || a.i - b.i)
    .map((x) => x.z);
}
