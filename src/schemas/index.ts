/**
 * The content model: every collection, where its files live and its schema.
 * Astro's content config, the validator, the editor guide and the JSON Schema
 * export are all built from this registry.
 */
import type { z } from 'zod';
import { chronikSchema } from './chronik.ts';
import { einstellungenSchema } from './einstellungen.ts';
import { kommunenSchema } from './kommunen.ts';
import { leitbildSchema } from './leitbild.ts';
import { projekteSchema } from './projekte.ts';
import { quellenSchema } from './quellen.ts';
import { seitenSchema } from './seiten.ts';
import { themenfelderSchema } from './themenfelder.ts';
import { zieleSchema } from './ziele.ts';
import { PRIORITAET_NUMMER } from './vocab.ts';

/** The tier pages below /projekte/ (prioritaet-1 …): no project may take their names. */
const PRIORITAET_SEITEN = Object.values(PRIORITAET_NUMMER).map((n) => `prioritaet-${n}`);

export interface CollectionDef {
  /** German name for messages and the editor guide. */
  label: string;
  /** Folder (Markdown collections) or file (the settings) below the content folder. */
  path: string;
  format: 'markdown' | 'yaml';
  schema: z.ZodType;
  /** Exactly one entry is allowed (and required). */
  singleton?: boolean;
  /** Ids that would collide with a fixed URL of the site. */
  reservedIds?: readonly string[];
  /** Entries the site links on every page; they must exist. */
  requiredIds?: readonly string[];
}

/** Top-level routes of the site; a Seite may not take one of these ids. */
export const FIXED_ROUTES = [
  'leitbild', 'ziele', 'themenfelder', 'prioritaeten', 'projekte', 'kommunen', 'chronik',
  'quellen', 'suche', 'pagefind', '404', '_astro', 'index', 'daten', 'schema', 'vorschau', 'aenderungen', 'admin',
] as const;

/** Page n of a split list lives at `<list>/seite/<n>/`; an entry may not take that name. */
export const SEITEN_PFAD = 'seite';

export const collections = {
  einstellungen: { label: 'Einstellungen', path: 'einstellungen.yaml', format: 'yaml', schema: einstellungenSchema, singleton: true },
  leitbild: { label: 'Leitbild', path: 'leitbild', format: 'markdown', schema: leitbildSchema, singleton: true },
  ziele: { label: 'Ziele', path: 'ziele', format: 'markdown', schema: zieleSchema },
  themenfelder: { label: 'Themenfelder', path: 'themenfelder', format: 'markdown', schema: themenfelderSchema },
  projekte: { label: 'Projekte', path: 'projekte', format: 'markdown', schema: projekteSchema, reservedIds: [SEITEN_PFAD, 'kommune', 'themenfeld', 'status', ...PRIORITAET_SEITEN] },
  kommunen: { label: 'Kommunen', path: 'kommunen', format: 'markdown', schema: kommunenSchema, reservedIds: [SEITEN_PFAD] },
  chronik: { label: 'Chronik', path: 'chronik', format: 'markdown', schema: chronikSchema },
  quellen: { label: 'Quellen', path: 'quellen', format: 'markdown', schema: quellenSchema, reservedIds: [SEITEN_PFAD] },
  seiten: { label: 'Seiten', path: 'seiten', format: 'markdown', schema: seitenSchema, reservedIds: FIXED_ROUTES, requiredIds: ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'] },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

export type EntryData<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;
