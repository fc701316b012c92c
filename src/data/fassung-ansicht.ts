/**
 * What a Fassung page shows: the facts of the historic version with their German labels, its text
 * rendered and sanitized as the build renders current texts, and the comparison with the previous
 * Fassung (changed facts side by side, changed words marked as inserted or removed).
 */
import { diffWords } from 'diff';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { INHALT_SCHEMA, REMARK_REHYPE } from '../markdown/allowlist.ts';
import { collections } from '../schemas/index.ts';
import type { z } from 'zod';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { VOKABULAR_LABELS } from '../schemas/vocab.ts';
import { arrayElement, core, fieldMeta, kindOf, objectShape } from '../validation/zod-walk.ts';
import { formatDatum, formatZahl } from './format.ts';
import type { SiteContent } from './model.ts';
import { quellenName } from '../schemas/quellen.ts';
import type { Fassung } from './fassungen.ts';
import { resolveLinks } from './views.ts';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, REMARK_REHYPE).use(rehypeRaw).use(rehypeSanitize, INHALT_SCHEMA).use(rehypeStringify);

/** The text of a Fassung as HTML, through the same allowlist as every current text. */
export function fassungsText(fassung: Fassung): string {
  return resolveLinks(String(markdown.processSync(fassung.body)));
}

/** Fields that describe the page's history or its sources rather than its facts (sources are cited in the text). */
const OHNE = new Set(['aenderungen', 'alias', 'quellen', 'art_quellen']);

/** Names of referenced entries (a Kommune's name, a Themenfeld's title), where they exist today. */
export type Namen = (sammlung: string, id: string) => string | undefined;

const DATUM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A stored value as readers read it: labels for choices, names for references, German dates; unknown as undefined. */
function alsText(schema: z.ZodType | undefined, value: unknown, namen: Namen): string | undefined {
  if (value === null || value === undefined || value === KEINE_ANGABE || value === 'keine-angabe') return undefined;
  const meta = schema ? fieldMeta(schema) : {};
  if (Array.isArray(value)) {
    const element = schema ? arrayElement(core(schema)) : undefined;
    const teile = value.map((v) => (meta.ref && typeof v === 'string' ? namen(meta.ref, v) ?? v : alsText(element, v, namen))).filter((t): t is string => !!t);
    return teile.length ? teile.join(element && kindOf(element) === 'object' ? ' · ' : ', ') : undefined;
  }
  if (typeof value === 'object') {
    const shape = (schema && objectShape(core(schema))) ?? {};
    const teile = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !OHNE.has(k))
      .map(([k, v]) => {
        const text = alsText(shape[k], v, namen);
        return text && `${(shape[k] && fieldMeta(shape[k]!).title) || k}: ${text}`;
      })
      .filter((t): t is string => !!t);
    return teile.length ? teile.join('; ') : undefined;
  }
  if (meta.ref && typeof value === 'string') return namen(meta.ref, value) ?? value;
  const labels = schema && VOKABULAR_LABELS.get(core(schema));
  if (labels && typeof value === 'string') return labels[value] ?? value;
  if (typeof value === 'string' && DATUM.test(value)) return formatDatum(value);
  if (typeof value === 'number') return formatZahl(value);
  return String(value);
}

export interface Angabe {
  feld: string;
  bezeichnung: string;
  /** The value as text, or undefined when it was not known. */
  wert: string | undefined;
}

/** The facts of a version, each with its German label from the schema, in schema order. */
export function angaben(fassung: Pick<Fassung, 'sammlung' | 'data'>, namen: Namen): Angabe[] {
  const shape = objectShape(collections[fassung.sammlung].schema) ?? {};
  const felder = [...Object.keys(shape), ...Object.keys(fassung.data).filter((k) => !(k in shape))];
  return felder
    .filter((feld) => !OHNE.has(feld) && fassung.data[feld] !== undefined)
    .map((feld) => ({ feld, bezeichnung: (shape[feld] && fieldMeta(shape[feld]!).title) || feld, wert: alsText(shape[feld], fassung.data[feld], namen) }));
}

export interface Vergleich {
  felder: { bezeichnung: string; vorher: string | undefined; nachher: string | undefined }[];
  /** The text as a sequence of unchanged, inserted and removed words. */
  text: { art: 'gleich' | 'neu' | 'entfernt'; wert: string }[];
  textGeaendert: boolean;
}

/** What changed from one Fassung to the next. */
export function vergleich(vorher: Fassung, nachher: Fassung, namen: Namen): Vergleich {
  const alt = new Map(angaben(vorher, namen).map((a) => [a.feld, a]));
  const neu = new Map(angaben(nachher, namen).map((a) => [a.feld, a]));
  const felder = [...new Set([...alt.keys(), ...neu.keys()])]
    .filter((f) => alt.get(f)?.wert !== neu.get(f)?.wert)
    .map((f) => ({ bezeichnung: (neu.get(f) ?? alt.get(f))!.bezeichnung, vorher: alt.get(f)?.wert, nachher: neu.get(f)?.wert }));
  const text = diffWords(vorher.body.trim(), nachher.body.trim()).map((t) => ({ art: t.added ? ('neu' as const) : t.removed ? ('entfernt' as const) : ('gleich' as const), wert: t.value }));
  return { felder, text, textGeaendert: text.some((t) => t.art !== 'gleich') };
}

/** Today's names of the entries a Fassung refers to. */
export function namenAus(site: SiteContent): Namen {
  const namen = new Map<string, string>([
    ...site.kommunen.map((k) => [`kommunen/${k.id}`, k.data.name] as const),
    ...site.themenfelder.map((t) => [`themenfelder/${t.id}`, t.data.titel] as const),
    ...site.projekte.map((p) => [`projekte/${p.id}`, p.data.titel] as const),
    ...site.quellen.map((q) => [`quellen/${q.id}`, quellenName(q.data)] as const),
  ]);
  return (sammlung, id) => namen.get(`${sammlung}/${id}`);
}
