/**
 * The strategy as machine-readable data: one record per entry with its
 * permanent URL, all fields, resolved references and "Stand" (the date of the
 * last committed change of its source file). Pure functions of SiteContent.
 */
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { quellenName } from '../schemas/quellen.ts';
import {
  annahmeStand, beschlussErgebnis, beteiligungsRolle, kommunenArt, prioritaet, projektStatus, quellenArt, strategieBezug,
  themenfeldStand, workshopFormat,
} from '../schemas/vocab.ts';
import type { Entry, SiteContent } from './model.ts';
import { standVon } from './history.ts';
import { urls } from './urls.ts';
import {
  kommunenSortiert, kommuneName, prioritaetVon, projekteDerKommune, projekteDesThemenfelds, projekteSortiert, quelleVon,
  quellenSortiert, themenfeldVon, themenfelderSortiert, zitierendeSeiten,
} from './views.ts';

/** An absolute URL when the site's address is known, else the site path. */
export type Absolut = (path: string) => string;
export const absolutMit = (site: URL | undefined): Absolut => (p) => (site ? new URL(p, site).href : p);

/** "Stand" of an entry in the datasets: null when there is no history. */
const stand = (entry: Pick<Entry<never>, 'aenderungen'>): string | null => standVon(entry.aenderungen) ?? null;

const unbekanntAlsNull = <T,>(value: T | typeof KEINE_ANGABE | undefined): T | null => (value === KEINE_ANGABE || value === undefined ? null : value);

function quellenVerweise(site: SiteContent, ids: readonly string[], abs: Absolut) {
  return [...new Set(ids)].map((id) => {
    const q = quelleVon(site, id)!;
    return { id, titel: quellenName(q.data), herausgeber: unbekanntAlsNull(q.data.herausgeber), url: abs(urls.quelle(id)), dokument: unbekanntAlsNull(q.data.url) };
  });
}

export function projekteDaten(site: SiteContent, abs: Absolut) {
  return projekteSortiert(site).map((p) => {
    const d = p.data;
    const feld = themenfeldVon(site, p);
    const stufe = prioritaetVon(site, p);
    return {
      id: p.id,
      url: abs(urls.projekt(p.id)),
      titel: d.titel,
      kennung: d.kennung ?? null,
      beschreibung: d.beschreibung,
      themenfeld: feld ? { id: feld.id, titel: feld.data.titel, url: abs(urls.themenfeld(feld.id)) } : null,
      weitere_themenfelder: (d.weitere_themenfelder ?? []).map((id) => ({ id, url: abs(urls.themenfeld(id)) })),
      prioritaet: stufe ?? null,
      prioritaet_bezeichnung: stufe ? prioritaet.label(stufe) : null,
      bezug: d.bezug,
      bezug_bezeichnung: strategieBezug.label(d.bezug),
      ziel: unbekanntAlsNull(d.ziel),
      federfuehrung: unbekanntAlsNull(d.federfuehrung),
      status: {
        wert: d.status.wert,
        bezeichnung: projektStatus.label(d.status.wert),
        stand: unbekanntAlsNull(d.status.stand),
        quellen: quellenVerweise(site, d.status.quellen, abs),
      },
      zeitraum: { beginn: unbekanntAlsNull(d.zeitraum.beginn), ende: unbekanntAlsNull(d.zeitraum.ende) },
      beteiligte: d.beteiligte.map((b) => ({
        kommune: { id: b.kommune, name: kommuneName(site, b.kommune), url: abs(urls.kommune(b.kommune)) },
        rolle: b.rolle,
        rolle_bezeichnung: beteiligungsRolle.label(b.rolle),
        status: b.status,
        status_bezeichnung: projektStatus.label(b.status),
        quellen: quellenVerweise(site, b.quellen, abs),
      })),
      weitere_partner: d.weitere_partner,
      foerderung: d.foerderung.map((f) => ({
        programm: unbekanntAlsNull(f.programm),
        geber: unbekanntAlsNull(f.geber),
        betrag_euro: unbekanntAlsNull(f.betrag),
        hinweis: f.hinweis ?? null,
        quellen: quellenVerweise(site, f.quellen, abs),
      })),
      quellen: quellenVerweise(site, d.quellen, abs),
      stand: stand(p),
    };
  });
}

export function kommunenDaten(site: SiteContent, abs: Absolut) {
  return kommunenSortiert(site).map((k) => {
    const d = k.data;
    return {
      id: k.id,
      url: abs(urls.kommune(k.id)),
      name: d.name,
      art: d.art,
      art_bezeichnung: kommunenArt.label(d.art),
      annahme: {
        stand: d.annahme.stand,
        bezeichnung: annahmeStand.label(d.annahme.stand),
        hinweis: d.annahme.hinweis,
        quellen: quellenVerweise(site, d.annahme.quellen, abs),
      },
      beschluesse: d.beschluesse.map((b) => ({
        gegenstand: b.gegenstand,
        gremium: unbekanntAlsNull(b.gremium),
        datum: unbekanntAlsNull(b.datum),
        vorlage: unbekanntAlsNull(b.vorlage),
        ergebnis: b.ergebnis,
        ergebnis_bezeichnung: beschlussErgebnis.label(b.ergebnis),
        abstimmung: b.abstimmung
          ? { ja: unbekanntAlsNull(b.abstimmung.ja), nein: unbekanntAlsNull(b.abstimmung.nein), enthaltungen: unbekanntAlsNull(b.abstimmung.enthaltungen), einstimmig: b.abstimmung.einstimmig ?? null }
          : null,
        hinweis: b.hinweis ?? null,
        quellen: quellenVerweise(site, b.quellen, abs),
      })),
      projekte: projekteDerKommune(site, k.id).map(({ projekt, beteiligung }) => ({
        id: projekt.id, titel: projekt.data.titel, url: abs(urls.projekt(projekt.id)), rolle: beteiligung.rolle, status: beteiligung.status,
      })),
      quellen: quellenVerweise(site, [...d.quellen, ...(d.art_quellen ?? [])], abs),
      stand: stand(k),
    };
  });
}

export function themenfelderDaten(site: SiteContent, abs: Absolut) {
  return themenfelderSortiert(site).map((t) => {
    const d = t.data;
    return {
      id: t.id,
      url: abs(urls.themenfeld(t.id)),
      titel: d.titel,
      prioritaet: d.prioritaet,
      prioritaet_bezeichnung: prioritaet.label(d.prioritaet),
      arbeitsstand: d.stand,
      arbeitsstand_bezeichnung: themenfeldStand.label(d.stand),
      beschreibung: d.beschreibung,
      zielvorstellung: unbekanntAlsNull(d.zielvorstellung),
      namensvarianten: d.namensvarianten,
      workshops: d.workshops.map((w) => ({
        titel: w.titel, datum: unbekanntAlsNull(w.datum), format: w.format, format_bezeichnung: workshopFormat.label(w.format),
        teilnehmende: unbekanntAlsNull(w.teilnehmende), quellen: quellenVerweise(site, w.quellen, abs),
      })),
      projekte: projekteDesThemenfelds(site, t.id).map((p) => ({ id: p.id, titel: p.data.titel, url: abs(urls.projekt(p.id)) })),
      quellen: quellenVerweise(site, d.quellen, abs),
      stand: stand(t),
    };
  });
}

export function quellenDaten(site: SiteContent, abs: Absolut) {
  const zitiert = zitierendeSeiten(site);
  return quellenSortiert(site).map((q) => ({
    id: q.id,
    url: abs(urls.quelle(q.id)),
    titel: unbekanntAlsNull(q.data.titel),
    beschreibung: q.data.beschreibung ?? null,
    herausgeber: unbekanntAlsNull(q.data.herausgeber),
    art: q.data.art,
    art_bezeichnung: quellenArt.label(q.data.art),
    nummer: q.data.nummer ?? null,
    datum: unbekanntAlsNull(q.data.datum),
    datum_hinweis: q.data.datum_hinweis ?? null,
    dokument: unbekanntAlsNull(q.data.url),
    zitiert_auf: (zitiert.get(q.id) ?? []).map((v) => ({ titel: v.titel, url: abs(v.url) })),
    stand: stand(q),
  }));
}

/** The newest "Stand" of all entries: the dataset's modification date (stable across builds). */
export function neuesterStand(entries: { stand: string | null }[]): string | null {
  return entries.reduce<string | null>((max, e) => (e.stand && (!max || e.stand > max) ? e.stand : max), null);
}

export const CSV_SPALTEN = [
  'id', 'url', 'titel', 'kennung', 'themenfeld', 'prioritaet', 'status', 'status_stand', 'bezug', 'federfuehrung',
  'beginn', 'ende', 'beteiligte_kommunen', 'foerderung', 'quellen', 'stand',
] as const;

/**
 * Spreadsheet programs evaluate a cell that begins with =, +, -, @, tab or carriage return as a formula
 * (CSV injection): such text gets a leading apostrophe, as OWASP recommends, and quotes. Numbers stay numbers.
 */
export const FORMEL_ANFANG = /^[=+\-@\t\r]/;

export function csvZelle(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMEL_ANFANG.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Projects as CSV for German spreadsheet programs: UTF-8 with BOM, ";" separator, CRLF. */
export function projekteCsv(projekte: ReturnType<typeof projekteDaten>): string {
  const rows = projekte.map((p) => [
    p.id, p.url, p.titel, p.kennung, p.themenfeld?.titel ?? null, p.prioritaet, p.status.bezeichnung, p.status.stand,
    p.bezug_bezeichnung, p.federfuehrung, p.zeitraum.beginn, p.zeitraum.ende,
    p.beteiligte.map((b) => `${b.kommune.name} (${b.rolle_bezeichnung}, ${b.status_bezeichnung})`).join(', '),
    p.foerderung.map((f) => `${f.programm ?? KEINE_ANGABE}: ${f.betrag_euro ?? KEINE_ANGABE} €`).join(' | '),
    p.quellen.map((q) => q.id).join(', '),
    p.stand,
  ]);
  return '\uFEFF' + [CSV_SPALTEN as readonly string[], ...rows].map((r) => r.map(csvZelle).join(';')).join('\r\n') + '\r\n';
}
