/**
 * New content files from the schema: every field with a comment that explains
 * it, "keine Angabe" where the field allows it, and the given title and
 * source. Fields without a safe default (texts that need a real value, most
 * choices) stay empty for the editor to fill; the validator then names them.
 */
import type { z } from 'zod';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { allowedValues, core, fieldMeta, isOptional, kindOf, objectShape } from '../validation/zod-walk.ts';

/** Enum fields where one value claims nothing and is therefore a safe start. */
const SICHERE_WERTE: Record<string, string> = { bezug: 'nicht-belegt' };

const yamlText = (text: string) => (/^[\w äöüÄÖÜß.,()–-]+$/.test(text) && !/^(true|false|null|\d)/i.test(text) ? text : JSON.stringify(text));

function comment(schema: z.ZodType, indent: string): string[] {
  const meta = fieldMeta(schema);
  const text = [meta.title, meta.description].filter(Boolean).join(': ');
  const words = text.split(' ');
  const lines: string[] = [];
  let line = `${indent}#`;
  for (const word of words) {
    if (line.length + word.length > 100) {
      lines.push(line);
      line = `${indent}#`;
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

function value(key: string, schema: z.ZodType, ctx: { titel: string; quelle?: string }): string | undefined {
  const allowed = allowedValues(schema);
  const kind = kindOf(schema);
  if (key === 'titel' || key === 'name') return yamlText(ctx.titel);
  if (fieldMeta(schema).ref === 'quellen' && kind === 'array') return ctx.quelle ? `[${ctx.quelle}]` : '[]';
  if (allowed.includes(KEINE_ANGABE)) return KEINE_ANGABE;
  if (kind === 'enum') return allowed.includes('keine-angabe') ? 'keine-angabe' : SICHERE_WERTE[key] ?? '';
  return '';
}

function fields(schema: z.ZodType, indent: string, ctx: { titel: string; quelle?: string }): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(objectShape(schema) ?? {})) {
    const optional = isOptional(child);
    const kind = kindOf(child);
    out.push(...comment(child, indent));
    if (kind === 'object') {
      out.push(`${indent}${optional ? '# ' : ''}${key}:`, ...fields(core(child), indent + '  ', ctx).map((l) => (optional ? `${indent}# ${l.slice(indent.length)}` : l)));
    } else if (optional) {
      out.push(`${indent}# ${key}:`);
    } else {
      const v = value(key, child, ctx);
      out.push(`${indent}${key}:${v ? ` ${v}` : ''}`);
    }
  }
  return out;
}

export function template(collection: CollectionName, titel: string, quelle?: string): string {
  const def = collections[collection];
  // The hint on the text is a YAML comment: an HTML comment in the text would stay in the file for everyone to read.
  const hinweis = def.format === 'markdown'
    ? ['# Unter der folgenden Zeile „---“ steht der Text in Markdown. Belege setzen Sie als Link, dessen Adresse „quelle:“ und die Kennung der Quelle ist, z. B. [Vorlage 12/2021](quelle:kennung-der-quelle).']
    : [];
  return ['---', ...fields(def.schema, '', { titel, quelle }), ...hinweis, '---', def.format === 'markdown' ? '\n' : ''].join('\n');
}
