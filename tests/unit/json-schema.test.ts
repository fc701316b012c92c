import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grayMatter } from '../../src/validation/read-source.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import { jsonSchemaOf } from '../../src/schemas/json-schema.ts';

/** A minimal JSON Schema check for what the generated schemas use (type, enum, const, pattern, anyOf, required, additionalProperties, items, minItems, minLength). */
function conforms(schema: Record<string, any>, value: unknown, where = '$'): string[] {
  if (schema.anyOf) {
    return schema.anyOf.some((s: Record<string, any>) => conforms(s, value, where).length === 0) ? [] : [`${where}: passt zu keiner Variante`];
  }
  const errors: string[] = [];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) return [`${where}: ${type} statt ${schema.type}`];
  if (schema.const !== undefined && value !== schema.const) errors.push(`${where}: nicht ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${where}: ${String(value)} nicht erlaubt`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${where}: Muster`);
  if (schema.minLength && typeof value === 'string' && value.length < schema.minLength) errors.push(`${where}: zu kurz`);
  if (type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${where}.${key}: fehlt`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.properties?.[key]) errors.push(...conforms(schema.properties[key], v, `${where}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${where}.${key}: unbekannt`);
    }
  }
  if (type === 'array') {
    const list = value as unknown[];
    if (schema.minItems && list.length < schema.minItems) errors.push(`${where}: zu wenige`);
    list.forEach((item, i) => schema.items && errors.push(...conforms(schema.items, item, `${where}[${i}]`)));
  }
  return errors;
}

describe('JSON Schema export', () => {
  it('carries the German labels, help texts and allowed values of the zod schemas', () => {
    const schema = jsonSchemaOf('projekte') as Record<string, any>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.status.properties.wert.enum).toContain('in-umsetzung');
    expect(schema.properties.status.properties.wert.title).toBe('Status');
    expect(schema.properties.themenfeld['x-kennung-aus']).toBe('themenfelder');
    expect(schema.required).toEqual(expect.arrayContaining(['titel', 'themenfeld', 'status', 'quellen']));
  });

  it.each(collectionNames.filter((c) => collections[c].format === 'markdown'))('accepts every real %s file', (name) => {
    const schema = jsonSchemaOf(name);
    const dir = path.join('content', collections[name].path);
    for (const file of readdirSync(dir)) {
      const data = grayMatter(readFileSync(path.join(dir, file), 'utf8')).data;
      expect(conforms(schema, data), file).toEqual([]);
    }
  });

  it('rejects what the validator rejects: an unknown status, a missing field, a malformed date', () => {
    const schema = jsonSchemaOf('projekte');
    const data = grayMatter(readFileSync('tests/fixtures/basis/projekte/foerderprojekt.md', 'utf8')).data as Record<string, any>;
    expect(conforms(schema, { ...data, status: { ...data.status, wert: 'laufend' } })).not.toEqual([]);
    const { titel: _titel, ...ohneTitel } = data;
    expect(conforms(schema, ohneTitel)).toEqual(['$.titel: fehlt']);
    expect(conforms(schema, { ...data, zeitraum: { beginn: '29.06.2021', ende: 'keine Angabe' } })).not.toEqual([]);
  });
});
