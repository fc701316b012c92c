/**
 * Walks zod 4 schemas together with data: the field at a path (for labels and
 * help in messages) and every reference value (for the cross-reference check).
 */
import { z } from 'zod';
import { KEINE_ANGABE, type FieldMeta } from '../schemas/fields.ts';

export type PathSegment = string | number;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function metaOf(schema: z.ZodType): Partial<FieldMeta> | undefined {
  return z.globalRegistry.get(schema) as Partial<FieldMeta> | undefined;
}

/** Schemas from the outside in, through optional/default/preprocess wrappers. */
export function layers(schema: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  while (current) {
    out.push(current);
    const d = def(current);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') {
      current = d.innerType;
    } else if (d.type === 'pipe') {
      current = def(d.in!).type === 'transform' ? d.out : d.in;
    } else {
      current = undefined;
    }
  }
  return out;
}

/** The innermost schema (object, array, union, string, enum …). */
export const core = (schema: z.ZodType): z.ZodType => layers(schema).at(-1)!;

/** Label, help text and reference target of a field, from its outermost metadata. */
export function fieldMeta(schema: z.ZodType): Partial<FieldMeta> {
  const merged: Partial<FieldMeta> = {};
  for (const layer of layers(schema).reverse()) Object.assign(merged, metaOf(layer) ?? {});
  return merged;
}

/** True when the field may be left out (optional or with a default). */
export function isOptional(schema: z.ZodType): boolean {
  return layers(schema).some((l) => ['optional', 'default'].includes(def(l).type));
}

/** True for fields read through a preprocess step (the ISO dates). */
export function isPreprocessed(schema: z.ZodType): boolean {
  return layers(schema).some((l) => def(l).type === 'pipe');
}

/** The element schema of an array field (undefined for other kinds). */
export function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const d = def(core(schema));
  return d.type === 'array' ? d.element : undefined;
}

export function kindOf(schema: z.ZodType): string {
  return def(core(schema)).type;
}

export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = def(core(schema));
  return d.type === 'object' ? d.shape : undefined;
}

export function unionOptions(schema: z.ZodType): z.ZodType[] {
  const d = def(core(schema));
  return d.type === 'union' ? d.options! : [];
}

/** Allowed values of an enum or literal schema (empty for other kinds). */
export function allowedValues(schema: z.ZodType): string[] {
  const d = def(core(schema));
  if (d.type === 'enum') return Object.values(d.entries!);
  if (d.type === 'literal') return d.values!.map(String);
  if (d.type === 'union') return d.options!.flatMap(allowedValues);
  return [];
}

/** The schema of the field at `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

function childSchema(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  const d = def(core(schema));
  if (d.type === 'object' && typeof segment === 'string') return d.shape![segment];
  if (d.type === 'array' && typeof segment === 'number') return d.element;
  if (d.type === 'union') {
    for (const option of d.options!) {
      const found = childSchema(option, segment);
      if (found) return found;
    }
  }
  return undefined;
}

export interface RefValue {
  path: PathSegment[];
  collection: string;
  id: string;
}

type RefWalker = (data: unknown, path: PathSegment[], out: RefValue[]) => void;
const walkers = new WeakMap<z.ZodType, RefWalker | null>();

/**
 * A walker that visits only the parts of a schema that hold references, with
 * the metadata looked up once per schema (validation of 10,000 files calls it
 * 10,000 times). Null when the schema holds no reference at all.
 */
function refWalker(schema: z.ZodType): RefWalker | null {
  if (walkers.has(schema)) return walkers.get(schema)!;
  let walker: RefWalker | null = null;
  const target = fieldMeta(schema).ref;
  const d = def(core(schema));
  if (target) {
    walker = (data, path, out) => {
      if (typeof data === 'string' && data !== KEINE_ANGABE) out.push({ path, collection: target, id: data });
      else if (Array.isArray(data)) data.forEach((id, i) => typeof id === 'string' && out.push({ path: [...path, i], collection: target, id }));
    };
  } else if (d.type === 'object') {
    const children = Object.entries(d.shape!).map(([key, child]) => [key, refWalker(child)] as const).filter(([, w]) => w !== null) as [string, RefWalker][];
    if (children.length) {
      walker = (data, path, out) => {
        if (!data || typeof data !== 'object' || Array.isArray(data)) return;
        for (const [key, w] of children) w((data as Record<string, unknown>)[key], [...path, key], out);
      };
    }
  } else if (d.type === 'array') {
    const element = refWalker(d.element!);
    if (element) walker = (data, path, out) => Array.isArray(data) && data.forEach((item, i) => element(item, [...path, i], out));
  }
  walkers.set(schema, walker);
  return walker;
}

/** Every reference in `data` according to the `ref` metadata of `schema`. */
export function collectRefs(schema: z.ZodType, data: unknown, path: PathSegment[] = []): RefValue[] {
  const out: RefValue[] = [];
  refWalker(schema)?.(data, path, out);
  return out;
}
