/** The region's settings: everything that makes the site this region's site. */
import { z } from 'zod';
import { field, oderUnbekannt, quellenRefs, text, textOderUnbekannt } from './fields.ts';

const url = (title: string, description: string) =>
  field(oderUnbekannt(z.url({ message: 'keine gültige Adresse (https://…)' })), {
    title,
    description: `${description} Unbekannt: „keine Angabe“.`,
  });

export const einstellungenSchema = z.strictObject({
  titel: text('Titel der Strategie', 'Name der Strategie, wie er im Seitenkopf steht.'),
  motto: text('Motto', 'Untertitel oder Motto der Strategie.'),
  region: text('Region', 'Name der Region, z. B. des Kreises.'),
  beschreibung: text(
    'Kurzbeschreibung',
    'Ein bis zwei Sätze, die sagen, was die Strategie ist; erscheint auf der Startseite und in Suchmaschinen.',
  ),
  herausgeber: textOderUnbekannt('Herausgeber', 'Wer diese Website herausgibt (für das Impressum).'),
  website: url('Adresse der Website', 'Öffentliche Adresse, unter der die Website erscheint.'),
  repository: url('Adresse des Repositorys', 'Wo der Quelltext und die Inhalte liegen, z. B. https://github.com/organisation/projekt (für „Diese Seite bearbeiten“ und Links auf Änderungen).'),
  hauptzweig: field(z.string().trim().min(1).default('main'), {
    title: 'Hauptzweig',
    description: 'Name des Zweigs im Repository, aus dem die Website gebaut wird (Standard: main).',
  }),
  regionalschluessel: field(oderUnbekannt(z.string().regex(/^\d{5}(\d{7})?$/, { message: '5 oder 12 Ziffern' })), {
    title: 'Amtlicher Regionalschlüssel',
    description: 'Amtlicher Regionalschlüssel der Region (5 oder 12 Ziffern). Unbekannt: „keine Angabe“.',
  }),
  datenlizenz: field(
    z.strictObject({
      name: text('Name der Lizenz', 'Name der Lizenz der Datensätze.'),
      url: field(z.url(), { title: 'Lizenztext', description: 'Adresse des Lizenztexts.' }),
      dcat: field(z.url(), { title: 'DCAT-AP.de-Kennung', description: 'Kennung der Lizenz im DCAT-AP.de-Vokabular.' }),
    }).default({
      name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      url: 'https://www.govdata.de/dl-de/by-2-0',
      dcat: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    }),
    { title: 'Datenlizenz', description: 'Lizenz der offenen Daten unter /daten/. Ohne Angabe: Datenlizenz Deutschland – Namensnennung 2.0.' },
  ),
  status_hoechstalter_monate: field(z.number().int().min(1, { message: 'mindestens 1 Monat' }).max(120, { message: 'höchstens 120 Monate' }).default(12), {
    title: 'Höchstalter eines Status (Monate)',
    description:
      'Wie viele Monate ein Projektstatus nach seiner jüngsten Quelle als aktuell gilt. Ist der Beleg älter, zeigt die Website „zuletzt belegt: Monat Jahr“ statt eines aktuellen Status und zählt ihn auf der Startseite gesondert. Ohne Angabe: 12.',
  }),
  abkuerzungen: field(z.record(z.string().trim().min(1).max(20), z.string().trim().min(1)).default({}), {
    title: 'Abkürzungen',
    description:
      'Abkürzungen, die auf der Website vorkommen, mit ihrer ausgeschriebenen Form (z. B. OZG: Onlinezugangsgesetz). Jede Seite schreibt sie beim ersten Vorkommen aus (als Erklärung, die Screenreader vorlesen).',
  }),
  quellen: quellenRefs(1),
});

export type Einstellungen = z.infer<typeof einstellungenSchema>;
