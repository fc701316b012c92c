/** Ziele: the aims of the strategy, optionally tied to a Themenfeld. */
import { z } from 'zod';
import { field, quellenRefs, ref, text } from './fields.ts';

export const zieleSchema = z.strictObject({
  titel: text('Titel', 'Das Ziel in einem Satz.'),
  nummer: field(z.number().int().positive(), {
    title: 'Nummer',
    description: 'Laufende Nummer, wie in der Quelle (bestimmt die Reihenfolge).',
  }),
  themenfeld: ref('themenfelder', 'Themenfeld', 'Nur bei Zielen eines Themenfelds: dessen Kennung.').optional(),
  quellen: quellenRefs(1),
});
