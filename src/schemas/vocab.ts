/**
 * Controlled vocabularies: every allowed value with its German label, defined once.
 */
import { z } from 'zod';
import { field } from './fields.ts';

export interface Vocab<K extends string> {
  values: readonly K[];
  labels: Record<K, string>;
  schema: z.ZodEnum<{ [P in K]: P }>;
  label(value: K): string;
}

/** The public labels of every vocabulary, by its schema: for tools that show stored values to readers. */
export const VOKABULAR_LABELS = new WeakMap<z.ZodType, Record<string, string>>();

function vocab<const L extends Record<string, string>>(
  labels: L,
  title: string,
  description: string,
): Vocab<Extract<keyof L, string>> {
  type K = Extract<keyof L, string>;
  const values = Object.keys(labels) as K[];
  const schema = field(z.enum(values as [K, ...K[]]), {
    title,
    description: `${description} Erlaubt: ${values.map((v) => `${v} (${labels[v]})`).join(', ')}.`,
  }) as unknown as z.ZodEnum<{ [P in K]: P }>;
  VOKABULAR_LABELS.set(schema, labels);
  return { values, labels: labels as Record<K, string>, schema, label: (v: K) => labels[v] };
}

export const prioritaet = vocab(
  { I: 'Priorität I', II: 'Priorität II', III: 'Priorität III' },
  'Priorität',
  'Prioritätsstufe des Themenfelds in der Strategie.',
);
export type Prioritaet = (typeof prioritaet.values)[number];

/** URL segment of each tier: /projekte/prioritaet-1/ … */
export const PRIORITAET_NUMMER: Record<Prioritaet, 1 | 2 | 3> = { I: 1, II: 2, III: 3 };

export const themenfeldStand = vocab(
  {
    'bestehende-arbeitsstrukturen': 'Ziele und Projekte kommen aus bereits bestehender Zusammenarbeit',
    'themenfeld-workshops': 'Ziele und Projekte in Workshops zu diesem Themenfeld erarbeitet',
    zurueckgestellt: 'Gemeinsame Bearbeitung zurückgestellt',
    'keine-angabe': 'keine Angabe',
  },
  'Arbeitsstand',
  'Wie das Themenfeld in der Strategie bearbeitet wurde.',
);

export const projektStatus = vocab(
  {
    vorgeschlagen: 'Vorgeschlagen',
    geplant: 'Geplant',
    beantragt: 'Beantragt',
    beschlossen: 'Beschlossen',
    bewilligt: 'Bewilligt',
    'in-umsetzung': 'In Umsetzung',
    abgeschlossen: 'Abgeschlossen',
    'nicht-bewilligt': 'Nicht bewilligt',
    eingestellt: 'Eingestellt',
    'keine-angabe': 'keine Angabe',
  },
  'Status',
  'Stand des Projekts laut der jüngsten Quelle.',
);

export const strategieBezug = vocab(
  {
    steckbrief: 'Projekt der Strategie, mit eigenem Steckbrief',
    belegt: 'Projekt der Strategie: Die Quellen verbinden es mit der Strategie oder der Digitalagentur',
    'nicht-belegt': 'Kein Projekt der Strategie: Die Quellen nennen keine Verbindung zur Strategie',
  },
  'Bezug zur Strategie',
  'Wie eng das Projekt laut den Quellen mit der Strategie verbunden ist.',
);

export const beteiligungsRolle = vocab(
  {
    federfuehrend: 'Federführend',
    beteiligt: 'Beteiligt',
    'keine-angabe': 'keine Angabe',
  },
  'Rolle',
  'Rolle der Kommune im Projekt.',
);

export const kommunenArt = vocab(
  { kreis: 'Kreis', stadt: 'Stadt', gemeinde: 'Gemeinde', 'keine-angabe': 'keine Angabe' },
  'Art',
  'Art der Gebietskörperschaft.',
);

export const annahmeStand = vocab(
  {
    beschlossen: 'Strategie beschlossen',
    'beschluss-belegt-nur-gesamt': 'Beschlossen laut späterem Bericht',
    'keine-angabe': 'keine Angabe',
  },
  'Annahme der Strategie',
  'Was die Quellen über die Annahme der Strategie durch diese Kommune sagen.',
);

export const beschlussErgebnis = vocab(
  {
    beschlossen: 'Beschlossen',
    empfohlen: 'Zur Annahme empfohlen',
    'zur-kenntnis': 'Zur Kenntnis genommen',
    'nur-beschlussvorschlag': 'Ergebnis nicht bekannt, nur der Beschlussvorschlag',
    'keine-angabe': 'keine Angabe',
  },
  'Ergebnis',
  'Ergebnis der Beratung.',
);

export const quellenArt = vocab(
  {
    sitzungsvorlage: 'Sitzungsvorlage',
    ratsinformation: 'Tagesordnungspunkt im Ratsinformationssystem',
    pressemitteilung: 'Pressemitteilung',
    presseartikel: 'Presseartikel',
    webseite: 'Webseite',
    fachartikel: 'Fachartikel',
  },
  'Art der Quelle',
  'Um welche Art von Dokument es sich handelt.',
);

export const workshopFormat = vocab(
  { praesenz: 'Präsenz', digital: 'Digital', 'keine-angabe': 'keine Angabe' },
  'Format',
  'Wie der Workshop stattfand.',
);
