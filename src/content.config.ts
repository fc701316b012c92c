/**
 * Astro collections, built from the one content model in src/schemas. The
 * validator (npm run validate) checks the same files with the same schemas
 * before Astro runs, plus what Astro does not check (references, ids, dates).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { contentDir } from './config/content-dir.ts';
import { collections as model, collectionNames } from './schemas/index.ts';

/** Loads one YAML document as a single entry (the settings file). */
function yamlDocument(file: string, id: string): Loader {
  return {
    name: 'yaml-document',
    load: async ({ store, parseData, watcher }) => {
      const data = yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
      store.clear();
      store.set({ id, data: await parseData({ id, data }) });
      watcher?.add(file);
    },
  };
}

const root = contentDir();

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const def = model[name];
    const loader =
      def.format === 'yaml'
        ? yamlDocument(path.join(root, def.path), name)
        : glob({
            pattern: '[^_]*.{md,mdx}',
            base: path.join(root, def.path),
            generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
            // Pages use the rendered HTML only; not keeping the Markdown source halves the data store.
            retainBody: false,
          });
    return [name, defineCollection({ loader, schema: def.schema })];
  }),
);
