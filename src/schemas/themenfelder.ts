/** Themenfelder: the eight topic fields with their priority tier and history. */
import { z } from 'zod';
import { aenderungsNotizen, alias, datumOderUnbekannt, field, oderUnbekannt, quellenRefs, text, textOderUnbekannt } from './fields.ts';
import { prioritaet, themenfeldStand, workshopFormat } from './vocab.ts';

const workshop = z.strictObject({
  titel: text('Titel', 'Name des Workshops.'),
  datum: datumOderUnbekannt('Datum', 'Wann der Workshop stattfand.'),
  format: workshopFormat.schema,
  teilnehmende: field(oderUnbekannt(z.number().int().nonnegative()), {
    title: 'Teilnehmende',
    description: 'Zahl der Teilnehmerinnen und Teilnehmer laut Quelle. Unbekannt: „keine Angabe“.',
  }),
  quellen: quellenRefs(1),
});

export const themenfelderSchema = z.strictObject({
  titel: text('Titel', 'Name des Themenfelds.'),
  alias: alias(),
  aenderungen: aenderungsNotizen(),
  prioritaet: prioritaet.schema,
  reihenfolge: field(z.number().int().positive(), {
    title: 'Reihenfolge',
    description: 'Position innerhalb der Prioritätsstufe (1 = zuerst).',
  }),
  stand: themenfeldStand.schema,
  beschreibung: text('Kurzbeschreibung', 'Ein Satz für Übersichten und Suchmaschinen.'),
  zielvorstellung: textOderUnbekannt('Zielvorstellung', 'Wortlaut der Zielvorstellung (Leitbild) der Strategie für dieses Themenfeld.'),
  namensvarianten: field(z.array(z.string().trim().min(1)).default([]), {
    title: 'Namensvarianten',
    description: 'Andere Schreibweisen des Namens in den Quellen.',
  }),
  workshops: field(z.array(workshop).default([]), {
    title: 'Workshops',
    description: 'Workshops zu diesem Themenfeld, je mit Datum, Format, Teilnehmenden und Quellen.',
  }),
  quellen: quellenRefs(1),
});
