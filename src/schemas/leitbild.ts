/** The Leitbild: one document with what the sources say about the strategy's vision. */
import { z } from 'zod';
import { aenderungsNotizen, field, quellenRefs, text } from './fields.ts';

export const leitbildSchema = z.strictObject({
  titel: text('Titel', 'Überschrift der Seite.'),
  beschreibung: text('Kurzbeschreibung', 'Ein Satz für Übersichten und Suchmaschinen.'),
  aenderungen: aenderungsNotizen(),
  bausteine: field(z.array(z.string().trim().min(1)).min(1), {
    title: 'Bausteine',
    description: 'Die Bausteine der Strategie in der Reihenfolge der Quellen.',
  }),
  quellen: quellenRefs(1),
});
