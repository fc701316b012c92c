/** The CMS configuration generated from the schemas, and the file format that keeps unchanged YAML as it was. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCsp, configYaml, githubRepo } from '../../src/cms/admin-files.ts';
import { collectionFields, decapConfig, fieldOrder, type CmsField } from '../../src/cms/decap-config.ts';
import { fieldRows } from '../../src/docs/field-reference.ts';
import { KEINE_ANGABE } from '../../src/schemas/fields.ts';
import { collectionNames, collections, type CollectionName } from '../../src/schemas/index.ts';
import { projektStatus, quellenArt } from '../../src/schemas/vocab.ts';

/** The CMS field at a dotted path of the field reference ("beteiligte[].kommune"). */
function cmsFieldAt(fields: CmsField[], name: string): CmsField | undefined {
  let current: CmsField | undefined;
  let level: CmsField[] | undefined = fields;
  for (const part of name.split('.')) {
    const key = part.replace(/\[\]$/, '');
    current = level?.find((f) => f.name === key);
    level = current?.fields as CmsField[] | undefined;
  }
  return current;
}

const allFields = (fields: CmsField[]): CmsField[] =>
  fields.flatMap((f) => [f, ...allFields((f.fields as CmsField[] | undefined) ?? []), ...(f.field ? [f.field as CmsField] : [])]);

describe('the generated CMS configuration', () => {
  it('has every field of every collection with its German label, help text and whether it is required', () => {
    const missing: string[] = [];
    for (const name of collectionNames) {
      const fields = collectionFields(name);
      for (const row of fieldRows(collections[name].schema)) {
        const field = cmsFieldAt(fields, row.name);
        if (!field) missing.push(`${name}: ${row.name} fehlt`);
        else {
          if (field.label !== row.label) missing.push(`${name}: ${row.name} heißt „${field.label}“ statt „${row.label}“`);
          // The help text, without the list of allowed values or formats the form itself offers.
          const hint = String(field.hint ?? '');
          if (row.help && (!hint || !row.help.startsWith(hint))) missing.push(`${name}: ${row.name} ohne Hilfetext`);
          if (field.required !== row.required) missing.push(`${name}: ${row.name} required=${String(field.required)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('offers vocabularies as pick lists with their public labels', () => {
    const status = cmsFieldAt(collectionFields('projekte'), 'status.wert')!;
    expect(status.hint).toBe('Stand des Projekts laut der jüngsten Quelle.');
    expect(status.widget).toBe('select');
    expect(status.options).toEqual(projektStatus.values.map((value) => ({ value, label: projektStatus.labels[value] })));
    expect(cmsFieldAt(collectionFields('quellen'), 'art')!.options).toEqual(quellenArt.values.map((value) => ({ value, label: quellenArt.labels[value] })));
  });

  it('picks references by name from the referenced collection, lists of them as multiple choices', () => {
    const projekte = collectionFields('projekte');
    expect(cmsFieldAt(projekte, 'beteiligte.kommune')).toMatchObject({ widget: 'relation', collection: 'kommunen', display_fields: ['name'], value_field: '{{slug}}' });
    expect(cmsFieldAt(projekte, 'quellen')).toMatchObject({ widget: 'relation', collection: 'quellen', display_fields: ['titel'], multiple: true, min: 1 });
    expect(cmsFieldAt(collectionFields('chronik'), 'projekte')).toMatchObject({ widget: 'relation', collection: 'projekte', multiple: true, required: false });
    // Projekt.themenfeld: a reference or "keine Angabe".
    expect(cmsFieldAt(projekte, 'themenfeld')).toMatchObject({ widget: 'keine-angabe', inner_widget: 'relation', collection: 'themenfelder' });
  });

  it('offers "keine Angabe" as an explicit choice where the schema allows it, and never as a default', () => {
    const fields = collectionNames.flatMap((name) => allFields(collectionFields(name)));
    expect(fields.filter((f) => 'default' in f)).toEqual([]);
    expect(cmsFieldAt(collectionFields('quellen'), 'datum')).toMatchObject({ widget: 'keine-angabe', inner_widget: 'datum' });
    expect(cmsFieldAt(collectionFields('chronik'), 'datum')).toMatchObject({ widget: 'datum' });
    expect(cmsFieldAt(collectionFields('kommunen'), 'beschluesse.abstimmung.ja')).toMatchObject({ widget: 'keine-angabe', inner_widget: 'number', value_type: 'int', min: 0 });
    // A pattern of the inner value lets "keine Angabe" through.
    const url = cmsFieldAt(collectionFields('quellen'), 'url')!;
    const pattern = new RegExp((url.pattern as string[])[0]!);
    expect([KEINE_ANGABE, 'https://example.org/x'].map((v) => pattern.test(v))).toEqual([true, true]);
    expect(pattern.test('example.org')).toBe(false);
    // Vocabularies carry their own value for "unknown", with its public label.
    expect(cmsFieldAt(collectionFields('projekte'), 'status.wert')!.options).toContainEqual({ value: 'keine-angabe', label: KEINE_ANGABE });
  });

  it('writes lists and groups as list and object widgets, the text as Markdown', () => {
    const kommunen = collectionFields('kommunen');
    expect(cmsFieldAt(kommunen, 'beschluesse')).toMatchObject({ widget: 'list', required: false });
    expect(cmsFieldAt(kommunen, 'beschluesse.abstimmung')).toMatchObject({ widget: 'object', required: false });
    expect(cmsFieldAt(collectionFields('leitbild'), 'bausteine')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'string' } });
    expect(kommunen.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect(collectionFields('einstellungen').some((f) => f.name === 'body')).toBe(false);
  });

  it('names files by the id rules and stores each collection where the validator reads it', () => {
    const config = decapConfig({ contentRoot: 'content', branch: 'main', editorialWorkflow: true, repo: 'org/repo' });
    expect(config).toMatchObject({ locale: 'de', publish_mode: 'editorial_workflow', slug: { encoding: 'ascii', clean_accents: true }, backend: { name: 'github', repo: 'org/repo', branch: 'main' } });
    const cols = config.collections as Record<string, unknown>[];
    expect(cols.map((c) => c.name)).toEqual(collectionNames);
    expect(cols.find((c) => c.name === 'projekte')).toMatchObject({ folder: 'content/projekte', extension: 'md', identifier_field: 'titel', create: true });
    expect(cols.find((c) => c.name === 'kommunen')).toMatchObject({ identifier_field: 'name' });
    expect(cols.find((c) => c.name === 'einstellungen')).toMatchObject({ files: [{ file: 'content/einstellungen.yaml' }] });
  });

  it('is valid YAML that reads back into the same configuration', () => {
    const options = { contentRoot: 'content', branch: 'main', editorialWorkflow: true };
    expect(jsyaml.load(configYaml(options))).toEqual(JSON.parse(JSON.stringify(decapConfig(options))));
  });

  it('knows GitHub repositories and gives /admin/ its own policy', () => {
    expect(githubRepo('https://github.com/beispiel-region/teststrategie')).toBe('beispiel-region/teststrategie');
    expect(githubRepo('keine Angabe')).toBeUndefined();
    expect(adminCsp(['https://api.github.com'])).toMatch(/connect-src 'self' https:\/\/api\.github\.com/);
  });
});

describe('the CMS file format', () => {
  type Format = { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string };
  let formatsFor: (name: CollectionName) => { frontmatter: Format; yaml: Format };
  beforeAll(async () => {
    // A plain browser script (no module): it sets globalThis.SiteFormats when run.
    await import(/* @vite-ignore */ path.resolve('src/cms/admin/format.js'));
    const create = (globalThis as unknown as { SiteFormats: { create: (y: unknown, o: unknown) => { frontmatter: Format; yaml: Format } } }).SiteFormats.create;
    formatsFor = (name) => create(jsyaml, fieldOrder(collections[name].schema));
  });

  const filesOf = (root: string) =>
    collectionNames.flatMap((name) => {
      const where = path.join(root, collections[name].path);
      const files = collections[name].format === 'yaml' ? [where] : readdirSync(where).filter((f) => f.endsWith('.md')).map((f) => path.join(where, f));
      return files.filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile()).map((file) => ({ name, file }));
    });

  it('writes every file of the content and the fixtures back unchanged when nothing was edited', () => {
    const changed: string[] = [];
    const files = [...filesOf('content'), ...filesOf('tests/fixtures/basis')];
    for (const { name, file } of files) {
      const format = formatsFor(name)[collections[name].format === 'yaml' ? 'yaml' : 'frontmatter'];
      const text = readFileSync(file, 'utf8');
      if (format.toFile(format.fromFile(text)) !== text) changed.push(file);
    }
    expect(files.length).toBeGreaterThan(10);
    expect(changed).toEqual([]);
  });

  it('rewrites only the changed value, new values in the house style', () => {
    const { frontmatter } = formatsFor('kommunen');
    const text = readFileSync('tests/fixtures/basis/kommunen/testdorf.md', 'utf8');
    const data = frontmatter.fromFile(text) as { beschluesse: Record<string, unknown>[] };
    data.beschluesse[0]!.gremium = 'Rat der Gemeinde';
    data.beschluesse.push({ quellen: ['testvorlage'], gegenstand: 'Bericht', gremium: KEINE_ANGABE, datum: '2022', vorlage: KEINE_ANGABE, ergebnis: 'zur-kenntnis', hinweis: '' });
    const out = frontmatter.toFile(data);
    expect(out).toBe(
      text.replace('gremium: Rat\n', 'gremium: Rat der Gemeinde\n').replace(
        'quellen: [testvorlage]\nquellen:',
        'quellen: [testvorlage]\n  - gegenstand: Bericht\n    gremium: keine Angabe\n    datum: "2022"\n    vorlage: keine Angabe\n    ergebnis: zur-kenntnis\n    quellen: [testvorlage]\nquellen:',
      ),
    );
  });
});
