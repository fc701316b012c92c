/**
 * The field reference of every collection, derived from the schemas: each
 * field's name, German label, type, whether it is required, allowed values
 * and help text. Used by the field reference page (src/docs/feldreferenz.md).
 */
import type { z } from 'zod';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { allowedValues, arrayElement, core, fieldMeta, isOptional, isPreprocessed, kindOf, objectShape, unionOptions } from '../validation/zod-walk.ts';

export interface FieldRow {
  name: string;
  label: string;
  type: string;
  required: boolean;
  help: string;
  example?: string;
}


export function typeName(schema: z.ZodType): string {
  const options = unionOptions(schema);
  if (options.length) {
    const known = options.filter((o) => !allowedValues(o).includes(KEINE_ANGABE) || kindOf(o) !== 'literal');
    return `${known.map(typeName).join(' oder ')} oder „${KEINE_ANGABE}“`;
  }
  if (isPreprocessed(schema)) return 'Datum (JJJJ-MM-TT, JJJJ-MM oder JJJJ)';
  const ref = fieldMeta(schema).ref;
  switch (kindOf(schema)) {
    case 'string': return ref ? `Kennung (${ref})` : 'Text';
    case 'number': return 'Zahl';
    case 'boolean': return 'true oder false';
    case 'enum': return 'Auswahl (siehe Bedeutung)';
    case 'array': {
      const element = arrayElement(schema)!;
      return ref ? `Liste von Kennungen (${ref})` : kindOf(element) === 'object' ? 'Liste von Gruppen (siehe unten)' : `Liste: ${typeName(element)}`;
    }
    case 'object': return 'Gruppe (siehe unten)';
    default: return kindOf(schema);
  }
}

/** All fields of an object schema, nested groups with dotted names ("status.wert", "beteiligte[].kommune"). */
export function fieldRows(schema: z.ZodType, prefix = ''): FieldRow[] {
  const shape = objectShape(schema) ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const meta = fieldMeta(field);
    const name = `${prefix}${key}`;
    const row: FieldRow = {
      name,
      label: meta.title ?? key,
      type: typeName(field),
      required: !isOptional(field),
      help: meta.description ?? '',
      ...(meta.examples?.length ? { example: String(meta.examples[0]) } : {}),
    };
    const kind = kindOf(field);
    if (kind === 'object') return [row, ...fieldRows(core(field), `${name}.`)];
    if (kind === 'array') {
      const element = arrayElement(field)!;
      if (kindOf(element) === 'object') return [row, ...fieldRows(core(element), `${name}[].`)];
    }
    return [row];
  });
}
