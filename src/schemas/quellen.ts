/** Quellen: every source document or page that content cites. */
import { z } from 'zod';
import { datumOderUnbekannt, field, KEINE_ANGABE, oderUnbekannt, text, textOderUnbekannt } from './fields.ts';
import { quellenArt } from './vocab.ts';

export const quellenSchema = z.strictObject({
  titel: text('Titel', 'Titel des Dokuments oder der Seite.'),
  herausgeber: textOderUnbekannt('Herausgeber', 'Wer das Dokument herausgegeben hat (Behörde, Zeitung …).'),
  art: quellenArt.schema,
  nummer: text('Vorlagennummer', 'Nummer der Sitzungsvorlage, falls es eine ist.').optional(),
  datum: datumOderUnbekannt('Datum', 'Datum des Dokuments.', { bisHeute: true }),
  datum_hinweis: text('Hinweis zum Datum', 'Wenn das Datum nur ungefähr bekannt ist.').optional(),
  url: field(oderUnbekannt(z.url({ message: 'keine gültige Adresse (https://…)' })), {
    title: 'Adresse (URL)',
    description: `Öffentliche Adresse des Dokuments. Unbekannt: „${KEINE_ANGABE}“.`,
  }),
});
