/** Seiten: static pages such as Impressum, Datenschutz, Barrierefreiheit. */
import { z } from 'zod';
import { aenderungsNotizen, alias, field, quellenRefs, text } from './fields.ts';

export const seitenSchema = z.strictObject({
  titel: text('Titel', 'Überschrift der Seite.'),
  alias: alias(),
  aenderungen: aenderungsNotizen(),
  beschreibung: text('Kurzbeschreibung', 'Ein Satz für Suchmaschinen.'),
  navigation: field(z.boolean().default(false), {
    title: 'In der Hauptnavigation',
    description: 'true: die Seite erscheint in der Hauptnavigation (z. B. für die Umsetzungsorganisation).',
  }),
  quellen: quellenRefs(0).optional(),
});
