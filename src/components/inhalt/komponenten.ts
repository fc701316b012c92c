/**
 * The components an .mdx content file may use, and nothing else: their names,
 * props (zod, checked by the validator before the build) and an example for
 * the editor guide. The Astro components live next to this file; the MDX
 * pipeline (src/markdown/mdx-inhalt.ts) imports them into every .mdx file, so
 * editors never write an import.
 */
import { z } from 'zod';

export interface InhaltKomponente {
  /** What it is for, in one German sentence (editor guide). */
  zweck: string;
  /** Props, validated from the MDX attributes (all strings). */
  props: z.ZodObject;
  /** Whether text goes between the opening and the closing tag. */
  mitText: boolean;
  /** A complete, valid example for the editor guide. */
  beispiel: string;
}

const text = (label: string) => z.string().trim().min(1, `${label} darf nicht leer sein`).max(300);

export const INHALT_KOMPONENTEN = {
  Hinweis: {
    zweck: 'Ein hervorgehobener Hinweiskasten, z. B. für eine wichtige Einschränkung oder einen Termin.',
    props: z.strictObject({ titel: text('Der Titel').optional() }),
    mitText: true,
    beispiel: '<Hinweis titel="Stand der Angaben">\nHier steht der Hinweis, gern mit **Markdown** und [Beleg](quelle:kennung-der-quelle).\n</Hinweis>',
  },
  Kennzahl: {
    zweck: 'Eine einzelne Zahl mit Bezeichnung, groß dargestellt, z. B. eine Fördersumme.',
    props: z.strictObject({
      wert: text('Der Wert'),
      bezeichnung: text('Die Bezeichnung'),
      quelle: z.string().regex(/^[a-z0-9-]+$/, 'die Kennung einer Quelle (Dateiname ohne .md in quellen/)').optional(),
    }),
    mitText: false,
    beispiel: '<Kennzahl wert="1.000 €" bezeichnung="Bezeichnung der Zahl" quelle="kennung-der-quelle" />',
  },
  Zitat: {
    zweck: 'Ein wörtliches Zitat mit Angabe, von wem es stammt; optional mit der Quelle als Kennung.',
    props: z.strictObject({
      von: text('Die Angabe, von wem das Zitat stammt'),
      quelle: z.string().regex(/^[a-z0-9-]+$/, 'die Kennung einer Quelle (Dateiname ohne .md in quellen/)').optional(),
    }),
    mitText: true,
    beispiel: '<Zitat von="Name, Funktion" quelle="kennung-der-quelle">\nDer wörtlich zitierte Satz.\n</Zitat>',
  },
} as const satisfies Record<string, InhaltKomponente>;

export type InhaltKomponentenName = keyof typeof INHALT_KOMPONENTEN;
export const INHALT_KOMPONENTEN_NAMEN = Object.keys(INHALT_KOMPONENTEN) as InhaltKomponentenName[];
