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
import { fieldMeta, objectShape } from '../validation/zod-walk.ts';
import type { Fassung } from './fassungen.ts';
import { resolveLinks } from './views.ts';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, REMARK_REHYPE).use(rehypeRaw).use(rehypeSanitize, INHALT_SCHEMA).use(rehypeStringify);

/** The text of a Fassung as HTML, through the same allowlist as every current text. */
export function fassungsText(fassung: Fassung): string {
  return resolveLinks(String(markdown.processSync(fassung.body)));
}

/** Fields that describe the page's history rather than its facts. */
const OHNE = new Set(['aenderungen', 'alias']);

/** A value as one line of text ("a, b"; groups as "Feld: Wert; …"). */
function alsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(alsText).join(' | ');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${alsText(v)}`).join('; ');
  return String(value);
}

export interface Angabe {
  feld: string;
  bezeichnung: string;
  wert: string;
}

/** The facts of a version, each with its German label from the schema, in schema order. */
export function angaben(fassung: Pick<Fassung, 'sammlung' | 'data'>): Angabe[] {
  const shape = objectShape(collections[fassung.sammlung].schema) ?? {};
  const felder = [...Object.keys(shape), ...Object.keys(fassung.data).filter((k) => !(k in shape))];
  return felder
    .filter((feld) => !OHNE.has(feld) && fassung.data[feld] !== undefined)
    .map((feld) => ({ feld, bezeichnung: (shape[feld] && fieldMeta(shape[feld]!).title) || feld, wert: alsText(fassung.data[feld]) }));
}

export interface Vergleich {
  felder: { bezeichnung: string; vorher: string; nachher: string }[];
  /** The text as a sequence of unchanged, inserted and removed words. */
  text: { art: 'gleich' | 'neu' | 'entfernt'; wert: string }[];
  textGeaendert: boolean;
}

/** What changed from one Fassung to the next. */
export function vergleich(vorher: Fassung, nachher: Fassung): Vergleich {
  const alt = new Map(angaben(vorher).map((a) => [a.feld, a]));
  const neu = new Map(angaben(nachher).map((a) => [a.feld, a]));
  const felder = [...new Set([...alt.keys(), ...neu.keys()])]
    .filter((f) => alt.get(f)?.wert !== neu.get(f)?.wert)
    .map((f) => ({ bezeichnung: (neu.get(f) ?? alt.get(f))!.bezeichnung, vorher: alt.get(f)?.wert ?? '', nachher: neu.get(f)?.wert ?? '' }));
  const text = diffWords(vorher.body.trim(), nachher.body.trim()).map((t) => ({ art: t.added ? ('neu' as const) : t.removed ? ('entfernt' as const) : ('gleich' as const), wert: t.value }));
  return { felder, text, textGeaendert: text.some((t) => t.art !== 'gleich') };
}
