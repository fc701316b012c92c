/**
 * The Decap CMS configuration (/admin/config.yml), generated from the content
 * model in src/schemas/: every collection and field with its German label and
 * help text, vocabularies as pick lists with their public labels, references as
 * relation pickers that show names, dates and "keine Angabe" through the two
 * widgets of src/cms/admin/widgets.js. Nothing here knows a field by name.
 */
import type { z } from 'zod';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { collectionNames, collections, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import * as vocabularies from '../schemas/vocab.ts';
import { allowedValues, arrayElement, fieldMeta, isOptional, isPreprocessed, kindOf, layers, objectShape, unionOptions } from '../validation/zod-walk.ts';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Which field of each referenced collection names an entry in pick lists. */
export const DISPLAY_FIELD: Record<string, string> = { kommunen: 'name' };
const displayField = (collection: string) => DISPLAY_FIELD[collection] ?? 'titel';

/** Public labels of every vocabulary, by the enum schema the collections use. */
const vocabLabels = new Map<z.ZodType, Record<string, string>>(
  (Object.values(vocabularies) as unknown[])
    .filter((v): v is { schema: z.ZodType; labels: Record<string, string> } => typeof v === 'object' && v !== null && 'schema' in v && 'labels' in v)
    .map((v) => [v.schema, v.labels]),
);

function labelsOf(schema: z.ZodType): Record<string, string> | undefined {
  for (const layer of layers(schema)) {
    const labels = vocabLabels.get(layer);
    if (labels) return labels;
  }
  return undefined;
}

/** What the innermost schema checks: number format and bounds, list length, string format and pattern. */
interface Checks {
  format?: string;
  minimum?: number;
  exclusive?: boolean;
  minLength?: number;
  pattern?: RegExp;
}
function checksOf(schema: z.ZodType): Checks {
  const def = (layers(schema).at(-1) as unknown as { _zod: { def: { format?: string; checks?: { _zod: { def: Record<string, unknown> } }[] } } })._zod.def;
  const out: Checks = { format: def.format };
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format') out.format = c.format as string;
    if (c.check === 'greater_than') Object.assign(out, { minimum: c.value as number, exclusive: !c.inclusive });
    if (c.check === 'min_length') out.minLength = c.minimum as number;
    if (c.check === 'string_format' && c.format === 'regex') out.pattern = c.pattern as RegExp;
    if (c.check === 'string_format' && c.format === 'url') out.format = 'url';
  }
  return out;
}

/** The widget for a value that is not "keine Angabe" (without name, label and requirement). */
function valueWidget(schema: z.ZodType): Record<string, unknown> & { widget: string } {
  const meta = fieldMeta(schema);
  if (isPreprocessed(schema)) return { widget: 'datum' };
  if (meta.ref) {
    const multiple = kindOf(schema) === 'array';
    const target = displayField(meta.ref);
    return {
      widget: 'relation',
      collection: meta.ref,
      value_field: '{{slug}}',
      search_fields: [target],
      display_fields: [target],
      options_length: 1000,
      ...(multiple ? { multiple: true } : {}),
    };
  }
  switch (kindOf(schema)) {
    case 'enum':
    case 'literal': {
      const labels = labelsOf(schema) ?? {};
      return { widget: 'select', options: allowedValues(schema).map((value) => ({ label: labels[value] ?? value, value })) };
    }
    case 'number': {
      const checks = checksOf(schema);
      const integer = checks.format === 'safeint' || checks.format === 'int32';
      const min = checks.minimum === undefined ? undefined : checks.minimum + (checks.exclusive && integer ? 1 : 0);
      return { widget: 'number', value_type: integer ? 'int' : 'float', ...(min !== undefined ? { min } : {}) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'string': {
      const checks = checksOf(schema);
      if (checks.format === 'url') return { widget: 'string', pattern: ['^https?://\\S+$', 'Bitte eine vollständige Adresse eingeben, die mit https:// beginnt.'] };
      const pattern = checks.pattern;
      if (pattern) return { widget: 'string', pattern: [pattern.source, 'Die Eingabe hat nicht die verlangte Form (siehe Hilfetext).'] };
      return { widget: 'string' };
    }
    default:
      return { widget: 'string' };
  }
}

/** True for a union of "keine Angabe" with one other kind of value. */
function unknownAllowed(schema: z.ZodType): z.ZodType | undefined {
  const options = unionOptions(schema);
  if (options.length !== 2) return undefined;
  const known = options.filter((o) => !(kindOf(o) === 'literal' && allowedValues(o).includes(KEINE_ANGABE)));
  return known.length === 1 ? known[0] : undefined;
}

/** One CMS field for one schema field, nested groups and lists included. */
export function cmsField(name: string, schema: z.ZodType): CmsField {
  const meta = fieldMeta(schema);
  const known = unknownAllowed(schema);
  // The form shows the allowed values and "keine Angabe" itself: the help text need not list them.
  const hint = (meta.description ?? '')
    .replace(/\s*Erlaubt: [^]*\.$/, '')
    .replace(known ? /\s*(Unbekannt: )?„keine Angabe“\.?$/ : /$^/, '')
    .replace(isPreprocessed(known ?? schema) ? /\s*JJJJ-MM-TT, JJJJ-MM,? (oder )?JJJJ( oder)?\.?$/ : /$^/, '')
    .trim();
  const base = {
    name,
    label: meta.title ?? name,
    ...(hint ? { hint } : {}),
    required: !isOptional(schema),
  };
  if (known) {
    // The reference target may sit on the union (Projekt.themenfeld) or on the inner schema.
    const inner = valueWidget(meta.ref && !fieldMeta(known).ref ? schema : known);
    // The CMS checks a pattern on the stored value, which may also be "keine Angabe".
    const pattern = inner.pattern as [string, string] | undefined;
    const patternOrUnknown = pattern ? { pattern: [`^${KEINE_ANGABE}$|${pattern[0]}`, pattern[1]] } : {};
    return { ...base, ...inner, ...patternOrUnknown, widget: 'keine-angabe', inner_widget: inner.widget } as CmsField;
  }
  const kind = kindOf(schema);
  if (kind === 'object') {
    const shape = objectShape(schema)!;
    return { ...base, widget: 'object', collapsed: false, fields: Object.entries(shape).map(([key, child]) => cmsField(key, child)) };
  }
  if (kind === 'array' && !meta.ref) {
    const element = arrayElement(schema)!;
    const min = checksOf(schema).minLength;
    const list = { ...base, widget: 'list', ...(min ? { min } : {}) };
    if (kindOf(element) === 'object') {
      const shape = objectShape(element)!;
      const first = Object.keys(shape)[0]!;
      return { ...list, collapsed: false, summary: `{{fields.${first}}}`, fields: Object.entries(shape).map(([key, child]) => cmsField(key, child)) } as CmsField;
    }
    return { ...list, field: { ...cmsField(name, element), label: meta.title ?? name } } as CmsField;
  }
  if (kind === 'array' && meta.ref) {
    const min = checksOf(schema).minLength;
    return { ...base, ...valueWidget(schema), ...(min ? { min } : {}) } as CmsField;
  }
  return { ...base, ...valueWidget(schema) } as CmsField;
}

/** The fields of one collection, the Markdown text last. */
export function collectionFields(name: CollectionName): CmsField[] {
  const def = collections[name];
  const fields = Object.entries(objectShape(def.schema)!).map(([key, schema]) => cmsField(key, schema));
  if (def.format === 'markdown') {
    fields.push({
      name: 'body',
      label: 'Text',
      widget: 'markdown',
      required: false,
      hint: 'Der Text der Seite. Belege als Link: [Text](quelle:kennung).',
      modes: ['rich_text', 'raw'],
      editor_components: [],
    });
  }
  return fields;
}

export interface DecapConfigOptions {
  /** The content folder relative to the repository root, e.g. "content". */
  contentRoot: string;
  /** GitHub repository "owner/name" (backend for the published site). */
  repo?: string;
  branch: string;
  /** Address of the OAuth authentication service (see src/docs/redaktionssystem.md). */
  authUrl?: string;
  /** Address of the local proxy server (npm run redaktion); leaves GitHub out. */
  localBackend?: string;
  /** Pull-request workflow Entwurf → In Prüfung → Bereit. */
  editorialWorkflow: boolean;
  /** Address of the published site, for "Auf der Website ansehen". */
  siteUrl?: string;
}

/** The file formats of src/cms/admin/format.js (one per collection): unchanged values keep their exact text. */
export const formatOf = (name: CollectionName) => `${collections[name].format === 'yaml' ? 'yaml' : 'frontmatter'}-${name}`;

export type FieldOrder = { [key: string]: FieldOrder | 1 };

/** Field names in schema order, nested groups and list items as objects (for format.js). */
export function fieldOrder(schema: z.ZodType): FieldOrder {
  const out: FieldOrder = {};
  for (const [key, child] of Object.entries(objectShape(schema) ?? {})) {
    const element = kindOf(child) === 'array' ? arrayElement(child)! : child;
    out[key] = kindOf(element) === 'object' ? fieldOrder(element) : 1;
  }
  return out;
}

const identifierField = (name: CollectionName) => ('titel' in objectShape(collections[name].schema)! ? 'titel' : 'name');

/** The commit messages say what changed in German, like the rest of the history. */
const COMMIT_MESSAGES = {
  create: '{{collection}} „{{slug}}“ angelegt',
  update: '{{collection}} „{{slug}}“ geändert',
  delete: '{{collection}} „{{slug}}“ gelöscht',
  uploadMedia: 'Datei „{{path}}“ hochgeladen',
  deleteMedia: 'Datei „{{path}}“ gelöscht',
  openAuthoring: '{{message}}',
};

export function decapConfig(options: DecapConfigOptions): Record<string, unknown> {
  const root = options.contentRoot.replace(/\/+$/, '');
  const backend = options.localBackend
    ? { name: 'proxy', proxy_url: options.localBackend, branch: options.branch, commit_messages: COMMIT_MESSAGES }
    : {
        name: 'github',
        repo: options.repo ?? 'organisation/repository',
        branch: options.branch,
        ...(options.authUrl ? { base_url: options.authUrl, auth_endpoint: 'auth' } : {}),
        commit_messages: COMMIT_MESSAGES,
        cms_label_prefix: 'redaktion/',
      };
  return {
    locale: 'de',
    backend,
    ...(options.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // No uploads: the content is text; images of other servers are refused by the validator.
    media_folder: `${root}/_medien`,
    public_folder: '/medien',
    // File names follow the id rules: lower case, a–z, digits and single hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collectionNames.map((name) => {
      const def: CollectionDef = collections[name];
      const fields = collectionFields(name);
      if (def.format === 'yaml') {
        return {
          name,
          label: def.label,
          delete: false,
          files: [{ name, label: def.label, file: `${root}/${def.path}`, format: formatOf(name), fields }],
        };
      }
      if (def.singleton) {
        return {
          name,
          label: def.label,
          delete: false,
          files: [{ name, label: def.label, file: `${root}/${def.path}/${name}.md`, format: formatOf(name), fields }],
        };
      }
      const identifier = identifierField(name);
      return {
        name,
        label: def.label,
        label_singular: singular[name] ?? def.label,
        folder: `${root}/${def.path}`,
        extension: 'md',
        format: formatOf(name),
        create: true,
        slug: '{{slug}}',
        identifier_field: identifier,
        summary: `{{${identifier}}}`,
        sortable_fields: [identifier],
        fields,
      };
    }),
  };
}

const singular: Partial<Record<CollectionName, string>> = {
  ziele: 'Ziel', themenfelder: 'Themenfeld', projekte: 'Projekt', kommunen: 'Kommune', chronik: 'Ereignis', quellen: 'Quelle', seiten: 'Seite',
};
