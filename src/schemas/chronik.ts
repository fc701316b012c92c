/** Chronik: dated events of the strategy process. */
import { z } from 'zod';
import { datum, quellenRefs, refs, text } from './fields.ts';

export const chronikSchema = z.strictObject({
  titel: text('Titel', 'Was geschah, in wenigen Worten.'),
  datum: datum('Datum', 'Wann es geschah (so genau, wie die Quelle es sagt).', { bisHeute: true }),
  datum_hinweis: text('Hinweis zum Datum', 'Wenn das Datum ungenau ist oder Quellen abweichen.').optional(),
  themenfelder: refs('themenfelder', 'Themenfelder', 'Kennungen betroffener Themenfelder.').optional(),
  kommunen: refs('kommunen', 'Kommunen', 'Kennungen betroffener Kommunen.').optional(),
  projekte: refs('projekte', 'Projekte', 'Kennungen betroffener Projekte.').optional(),
  quellen: quellenRefs(1),
});
