/**
 * JSON Schema (draft 2020-12) of every collection, generated from the zod
 * schemas, for editors' autocompletion and for other tools. Published with
 * the site under /schema/<sammlung>.json.
 */
import { z } from 'zod';
import { DATUMS_SCHEMAS } from './fields.ts';
import { collections, type CollectionName } from './index.ts';

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export function jsonSchemaOf(name: CollectionName, id?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(collections[name].schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const out = ctx.jsonSchema as Record<string, unknown>;
      if (DATUMS_SCHEMAS.has(ctx.zodSchema)) {
        // A date as YAML text; an unquoted year arrives as a number.
        for (const key of Object.keys(out)) delete out[key];
        Object.assign(out, { anyOf: [{ type: 'string', pattern: DATE_PATTERN }, { type: 'integer', minimum: 1000, maximum: 9999 }] });
      }
      if (typeof out.ref === 'string') {
        out['x-kennung-aus'] = out.ref; // which collection the id refers to
        delete out.ref;
      }
      if (out.description === '') delete out.description;
    },
  }) as Record<string, unknown>;
  return { ...(id ? { $id: id } : {}), title: collections[name].label, ...schema };
}
