/**
 * The published datasets: where each one lives, what it holds and how it is
 * serialised. The /daten/ page, the files under /daten/ and the DCAT-AP.de
 * catalogue are all built from this list.
 */
import { einmalJeSite } from './lookup.ts';
import type { SiteContent } from './model.ts';
import {
  kommunenDaten, neuesterStand, projekteCsv, projekteDaten, quellenDaten, themenfelderDaten, type Absolut,
} from './open-data.ts';

export interface Dataset {
  /** File name below /daten/. */
  datei: string;
  titel: string;
  beschreibung: string;
  format: 'JSON' | 'CSV';
  mediaType: string;
  /** The file's content and the dataset's "Stand". */
  erzeugen(site: SiteContent, abs: Absolut): { inhalt: string; stand: string | null; anzahl: number };
}

function json(titel: string, site: SiteContent, eintraege: { stand: string | null }[]) {
  const stand = neuesterStand(eintraege);
  const lizenz = site.einstellungen.datenlizenz;
  const inhalt = JSON.stringify(
    { titel, herausgeber: site.einstellungen.herausgeber, lizenz: { name: lizenz.name, url: lizenz.url }, stand, anzahl: eintraege.length, eintraege },
    null,
    2,
  );
  return { inhalt: `${inhalt}\n`, stand, anzahl: eintraege.length };
}

export const DATASETS: Dataset[] = [
  {
    datei: 'projekte.json', titel: 'Projekte', format: 'JSON', mediaType: 'application/json',
    beschreibung: 'Alle Projekte (Steckbriefe) mit Themenfeld, Priorität, Status, beteiligten Kommunen, Förderung und Quellen.',
    erzeugen: (site, abs) => json('Projekte', site, projekteDaten(site, abs)),
  },
  {
    datei: 'projekte.csv', titel: 'Projekte (Tabelle)', format: 'CSV', mediaType: 'text/csv',
    beschreibung: 'Die Projekte als Tabelle für Tabellenkalkulationen (UTF-8, Trennzeichen Semikolon).',
    erzeugen: (site, abs) => {
      const projekte = projekteDaten(site, abs);
      return { inhalt: projekteCsv(projekte), stand: neuesterStand(projekte), anzahl: projekte.length };
    },
  },
  {
    datei: 'kommunen.json', titel: 'Kommunen', format: 'JSON', mediaType: 'application/json',
    beschreibung: 'Der Kreis und seine Kommunen mit der Annahme der Strategie, allen Beschlüssen und ihren Projekten.',
    erzeugen: (site, abs) => json('Kommunen', site, kommunenDaten(site, abs)),
  },
  {
    datei: 'themenfelder.json', titel: 'Themenfelder', format: 'JSON', mediaType: 'application/json',
    beschreibung: 'Die Themenfelder mit Priorität, Arbeitsstand, Workshops und Projekten.',
    erzeugen: (site, abs) => json('Themenfelder', site, themenfelderDaten(site, abs)),
  },
  {
    datei: 'quellen.json', titel: 'Quellen', format: 'JSON', mediaType: 'application/json',
    beschreibung: 'Alle Quellen mit Herausgeber, Datum, Adresse und den Seiten, die sie zitieren.',
    erzeugen: (site, abs) => json('Quellen', site, quellenDaten(site, abs)),
  },
];

/**
 * A dataset's file for this build, made once: the file itself, /daten/ and the
 * catalogue all need it (at 10,000 projects it is megabytes of JSON). One build
 * has one site address, so the content and the address determine the result.
 */
export function datensatz(dataset: Dataset, site: SiteContent, abs: Absolut): ReturnType<Dataset['erzeugen']> {
  return einmalJeSite(site, (s) => dataset.erzeugen(s, abs), `datensatz:${dataset.datei}`);
}
