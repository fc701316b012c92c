/** Quellen: every source document or page that content cites. */
import { z } from 'zod';
import { aenderungsNotizen, datumOderUnbekannt, field, KEINE_ANGABE, oderUnbekannt, text, textOderUnbekannt } from './fields.ts';
import { quellenArt } from './vocab.ts';

export const quellenSchema = z
  .strictObject({
    titel: textOderUnbekannt(
      'Titel',
      'Der Titel des Dokuments oder der Seite, wie er im Dokument selbst steht – nie eine selbst formulierte Umschreibung. Ist kein Titel bekannt, im Feld „Beschreibung“ sagen, was das Dokument ist.',
    ),
    beschreibung: text(
      'Beschreibung',
      'Was das Dokument ist (z. B. „Sitzungsseite des Kreisausschusses mit dem Beschluss zur Vorlage …“). Pflicht, wenn der Titel unbekannt ist; die Website zeigt sie dann an Stelle des Titels.',
    ).optional(),
    aenderungen: aenderungsNotizen(),
    herausgeber: textOderUnbekannt('Herausgeber', 'Wer das Dokument herausgegeben hat (Behörde, Zeitung …).'),
    art: quellenArt.schema,
    nummer: text('Vorlagennummer', 'Nummer der Sitzungsvorlage, falls es eine ist.').optional(),
    datum: datumOderUnbekannt('Datum', 'Datum des Dokuments.', { bisHeute: true }),
    datum_hinweis: text('Hinweis zum Datum', 'Wenn das Datum nur ungefähr bekannt ist.').optional(),
    url: field(oderUnbekannt(z.url({ message: 'keine gültige Adresse (https://…)' })), {
      title: 'Adresse (URL)',
      description: `Öffentliche Adresse des Dokuments. Unbekannt: „${KEINE_ANGABE}“.`,
    }),
  })
  .refine((q) => q.titel !== KEINE_ANGABE || q.beschreibung !== undefined, {
    path: ['beschreibung'],
    message: `Der Titel ist „${KEINE_ANGABE}“: Bitte im Feld „beschreibung“ sagen, was das Dokument ist (z. B. „Sitzungsseite des Kreisausschusses zur Vorlage …“).`,
  });

/** What the site shows as the name of a source: its title, or its description when no title is known. */
export function quellenName(q: { titel: string; beschreibung?: string | undefined }): string {
  return q.titel === KEINE_ANGABE ? (q.beschreibung ?? KEINE_ANGABE) : q.titel;
}
