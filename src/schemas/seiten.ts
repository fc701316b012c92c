/** Seiten: static pages such as Impressum, Datenschutz, Barrierefreiheit. */
import { z } from 'zod';
import { quellenRefs, text } from './fields.ts';

export const seitenSchema = z.strictObject({
  titel: text('Titel', 'Überschrift der Seite.'),
  beschreibung: text('Kurzbeschreibung', 'Ein Satz für Suchmaschinen.'),
  quellen: quellenRefs(0).optional(),
});
