/** Kommunen: the Kreis and its towns and municipalities, with every decision found. */
import { z } from 'zod';
import { aenderungsNotizen, alias, datumOderUnbekannt, field, KEINE_ANGABE, oderUnbekannt, quellenRefs, text, textOderUnbekannt } from './fields.ts';
import { annahmeStand, beschlussErgebnis, kommunenArt } from './vocab.ts';

const stimmen = (title: string) =>
  field(oderUnbekannt(z.number().int().nonnegative()), { title, description: `Zahl der Stimmen. Unbekannt: „${KEINE_ANGABE}“.` });

const beschluss = z.strictObject({
  gegenstand: text('Gegenstand', 'Worüber beraten wurde.'),
  gremium: textOderUnbekannt('Gremium', 'Welches Gremium beraten hat.'),
  datum: datumOderUnbekannt('Datum', 'Datum der Sitzung.'),
  vorlage: textOderUnbekannt('Vorlage', 'Nummer der Sitzungsvorlage.'),
  ergebnis: beschlussErgebnis.schema,
  abstimmung: field(
    z.strictObject({
      ja: stimmen('Ja-Stimmen'),
      nein: stimmen('Nein-Stimmen'),
      enthaltungen: stimmen('Enthaltungen'),
      einstimmig: field(z.boolean(), { title: 'Einstimmig', description: 'true, wenn die Quelle „einstimmig“ sagt.' }).optional(),
    }),
    { title: 'Abstimmung', description: 'Stimmen, soweit die Quelle sie nennt.' },
  ).optional(),
  hinweis: text('Hinweis', 'Was unsicher ist oder worin Quellen abweichen.').optional(),
  quellen: quellenRefs(1),
});

export const kommunenSchema = z.strictObject({
  name: text('Name', 'Name der Kommune ohne Zusatz, z. B. „Lüdinghausen“.'),
  alias: alias(),
  aenderungen: aenderungsNotizen(),
  art: kommunenArt.schema,
  art_quellen: field(quellenRefs(0), { title: 'Quellen zur Art', description: 'Quellen, die die Art (Stadt, Gemeinde …) belegen.' }).optional(),
  annahme: field(
    z.strictObject({
      stand: annahmeStand.schema,
      hinweis: text('Hinweis', 'Kurze Erläuterung, was belegt ist und was nicht.'),
      quellen: quellenRefs(1),
    }),
    { title: 'Annahme der Strategie (Gruppe)', description: 'Was die Quellen insgesamt über die Annahme der Strategie durch diese Kommune sagen.' },
  ),
  beschluesse: field(z.array(beschluss).default([]), {
    title: 'Beschlüsse',
    description: 'Jede gefundene Beratung zur Strategie: Gremium, Datum, Vorlage, Ergebnis, Abstimmung, Quellen.',
  }),
  quellen: quellenRefs(1),
});
