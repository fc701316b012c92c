/** Projekte: one Steckbrief per project or measure. */
import { z } from 'zod';
import { aenderungsNotizen, alias, datumOderUnbekannt, endetVorBeginn, field, KEINE_ANGABE, oderUnbekannt, quellenRefs, ref, refs, text, textOderUnbekannt } from './fields.ts';
import { beteiligungsRolle, projektStatus, strategieBezug } from './vocab.ts';

const beteiligung = z.strictObject({
  kommune: ref('kommunen', 'Kommune', 'Kennung der beteiligten Kommune (Dateiname in content/kommunen).'),
  rolle: beteiligungsRolle.schema,
  status: projektStatus.schema,
  quellen: quellenRefs(1),
});

const foerderung = z.strictObject({
  programm: textOderUnbekannt('Förderprogramm', 'Name des Förderprogramms.'),
  geber: textOderUnbekannt('Fördergeber', 'Wer fördert (z. B. Ministerium).'),
  betrag: field(oderUnbekannt(z.number().nonnegative()), {
    title: 'Betrag in Euro',
    description: `Fördersumme in Euro als Zahl ohne Punkte (z. B. 584100). Unbekannt: „${KEINE_ANGABE}“.`,
  }),
  hinweis: text('Hinweis', 'Was der Betrag bedeutet (bewilligt, erwartet, Obergrenze …) oder worin Quellen abweichen.').optional(),
  quellen: quellenRefs(1),
});

export const projekteSchema = z.strictObject({
  titel: text('Titel', 'Name des Projekts.'),
  alias: alias(),
  aenderungen: aenderungsNotizen(),
  kennung: text('Projektnummer', 'Nummer des Steckbriefs in der Strategie, falls bekannt (z. B. P13).').optional(),
  beschreibung: text('Kurzbeschreibung', 'Ein bis zwei Sätze für Übersichten und Suchmaschinen.'),
  themenfeld: field(oderUnbekannt(ref('themenfelder', 'Themenfeld', '')), {
    title: 'Themenfeld',
    description: `Kennung des Themenfelds (Dateiname in content/themenfelder); bestimmt die Priorität. Unbekannt: „${KEINE_ANGABE}“.`,
    ref: 'themenfelder',
  }),
  weitere_themenfelder: refs('themenfelder', 'Weitere Themenfelder', 'Kennungen weiterer berührter Themenfelder.').optional(),
  bezug: strategieBezug.schema,
  ziel: textOderUnbekannt('Ziel', 'Was das Projekt erreichen soll, laut Quelle.'),
  federfuehrung: textOderUnbekannt('Federführung', 'Wer das Projekt leitet.'),
  kontakt: textOderUnbekannt('Kontakt', 'Veröffentlichte Kontaktstelle (Stelle oder Funktionspostfach, keine privaten Angaben). Fehlt das Feld, zeigt die Seite „keine Angabe“.').optional(),
  status: field(
    z.strictObject({
      wert: projektStatus.schema,
      stand: datumOderUnbekannt('Stand des Status', 'Datum der jüngsten Quelle, die diesen Status belegt.', { bisHeute: true }),
      quellen: quellenRefs(1),
    }),
    { title: 'Status (Gruppe)', description: 'Status des Projekts mit dem Datum, zu dem er belegt ist, und den Quellen.' },
  ),
  zeitraum: field(
    z
      .strictObject({
        beginn: datumOderUnbekannt('Beginn', 'Projektbeginn.'),
        ende: datumOderUnbekannt('Ende', 'Projektende (geplant oder tatsächlich).'),
      })
      .superRefine(({ beginn, ende }, ctx) => {
        if (beginn !== KEINE_ANGABE && ende !== KEINE_ANGABE && endetVorBeginn(beginn, ende)) {
          ctx.addIssue({ code: 'custom', path: ['ende'], message: `Das Ende (${ende}) liegt vor dem Beginn (${beginn}); ist ein Datum vertauscht oder vertippt?` });
        }
      }),
    { title: 'Zeitraum', description: 'Beginn und Ende des Projekts.' },
  ),
  beteiligte: field(z.array(beteiligung).default([]), {
    title: 'Beteiligte Kommunen',
    description: 'Je Kommune der Region: Rolle und Status des Projekts dort, mit Quellen.',
  }),
  weitere_partner: field(z.array(z.string().trim().min(1)).default([]), {
    title: 'Weitere Partner',
    description: 'Beteiligte außerhalb der Region oder Organisationen (Namen).',
  }),
  foerderung: field(z.array(foerderung).default([]), {
    title: 'Förderung',
    description: 'Förderprogramme mit Geber, Betrag und Quellen; abweichende Angaben als eigene Einträge.',
  }),
  quellen: quellenRefs(1),
});
