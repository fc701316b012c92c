/**
 * Which files in the content folder are entries, and a message for every
 * other thing in it: nothing is dropped silently, and nothing outside the
 * folder is ever read through it (symbolic links, devices and other special
 * files are rejected without being followed: lstat, never stat).
 */
import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import { nearest } from './nearest.ts';
import { problem, type Problem } from './problem.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Absolute path. */
  absPath: string;
  /** Path shown in messages (relative to the working directory). */
  file: string;
  /** The text is MDX (only the site's components, no code). */
  mdx?: boolean;
}

/** Files in the content folder that belong to no collection but are the site's own. */
export const WEITERE_DATEIEN = ['permalinks.txt'] as const;
/** Images may lie next to the text that shows them (![Beschreibung](bild.png)). */
export const BILD_ENDUNG = /\.(png|jpe?g|webp|avif|gif)$/;

/** What a directory entry is, from lstat or the directory itself (readdir's types never follow links either). */
type Art = Pick<Stats, 'isSymbolicLink' | 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket'>;

function art(stats: Art): string | undefined {
  if (stats.isSymbolicLink()) return 'eine Verknüpfung (symbolischer Link)';
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return undefined;
  if (stats.isFIFO()) return 'eine Pipe';
  if (stats.isSocket()) return 'ein Socket';
  return 'eine Gerätedatei';
}

const lstat = (file: string): Stats | undefined => {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
};

const SONDERDATEI_HINWEIS = 'Legen Sie den Inhalt als gewöhnliche Datei in den Inhaltsordner; Verknüpfungen und Sonderdateien werden nie gelesen.';

/** Lists the content files of every collection, with problems for everything else in the folder. */
export function listContentFiles(contentDir: string, cwd = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const show = (abs: string) => path.relative(cwd, abs) || abs;
  const special = (full: string, stats: Art) => {
    const kind = art(stats);
    if (kind) problems.push(problem(show(full), 1, 1, `${path.basename(full)} ist ${kind}, keine gewöhnliche Datei: sie wird nicht gelesen.`, SONDERDATEI_HINWEIS));
    return kind !== undefined;
  };

  // Everything at the top level: a collection, the settings or the list of permalinks.
  const known = new Set<string>([...collectionNames.map((c) => collections[c].path), ...WEITERE_DATEIEN]);
  let top: string[] = [];
  try {
    top = readdirSync(contentDir).sort();
  } catch {
    problems.push(problem(show(contentDir), 1, 1, `Der Inhaltsordner ${show(contentDir)} fehlt oder ist nicht lesbar.`, 'Prüfen Sie CONTENT_DIR oder legen Sie den Ordner content/ an.'));
  }
  for (const name of top) {
    if (name.startsWith('.')) continue; // .gitkeep, editor and system files
    const full = path.join(contentDir, name);
    const stats = lstat(full);
    if (!stats || special(full, stats)) continue;
    if (known.has(name)) {
      const def = collectionNames.map((c) => collections[c] as CollectionDef).find((d) => d.path === name);
      const wantDir = def ? def.format === 'markdown' : false;
      if (stats.isDirectory() !== wantDir) {
        problems.push(problem(show(full), 1, 1, wantDir ? `${name} muss ein Ordner sein.` : `${name} muss eine Datei sein, kein Ordner.`, 'Stellen Sie den ursprünglichen Aufbau des Inhaltsordners wieder her.'));
      }
      continue;
    }
    const guess = nearest(name.toLowerCase(), known);
    problems.push(problem(show(full), 1, 1, stats.isDirectory()
      ? `Der Ordner ${name}/ ist keine Sammlung: seine Dateien werden nicht veröffentlicht.`
      : `Die Datei ${name} gehört zu keiner Sammlung und wird nicht veröffentlicht.`,
    guess ? `Meinten Sie „${guess}“? Sammlungen sind: ${collectionNames.map((c) => collections[c].path).join(', ')}.` : `Inhalte liegen in einem dieser Ordner: ${collectionNames.filter((c) => collections[c].format === 'markdown').map((c) => `${collections[c].path}/`).join(', ')}.`));
  }

  for (const collection of collectionNames) {
    const def: CollectionDef = collections[collection];
    const abs = path.join(contentDir, def.path);
    const stats = lstat(abs);
    if (def.format === 'yaml') {
      if (stats?.isFile()) files.push({ collection, id: path.basename(abs).replace(/\.ya?ml$/, ''), absPath: abs, file: show(abs) });
      else if (!stats) problems.push(problem(show(abs), 1, 1, `Die Datei ${def.path} fehlt.`, `Legen Sie ${def.path} mit allen Pflichtfeldern (${def.label}) an.`));
      continue;
    }
    if (!stats?.isDirectory()) {
      if (!stats && def.singleton) problems.push(problem(show(abs), 1, 1, `Der Ordner ${def.path}/ fehlt.`, `Legen Sie ${def.path}/${def.path}.md an.`));
      continue;
    }
    const seen = new Map<string, { absPath: string }>();
    const dirents: Dirent[] = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of dirents) {
      const name = entry.name;
      const full = path.join(abs, name);
      if (name.startsWith('.')) continue;
      if (special(full, entry)) continue;
      if (entry.isDirectory()) {
        problems.push(problem(show(full), 1, 1, `Unterordner sind in ${def.path}/ nicht erlaubt: die Dateien in ${name}/ werden nicht veröffentlicht.`, `Legen Sie die Dateien direkt in ${def.path}/ ab.`));
        continue;
      }
      if (BILD_ENDUNG.test(name)) continue; // shown by the texts that link it; a missing one is reported there
      const ext = /\.mdx?$/.exec(name)?.[0];
      if (!ext) {
        const stem = name.replace(/\.[^.]*$/, '');
        const similar = /\.(md|markdown|mdown|mkd|txt|MD|Md|MDX)$/i.test(name);
        problems.push(problem(show(full), 1, 1, `Die Datei ${name} ist keine .md-Datei und wird nicht veröffentlicht.`,
          similar ? `Benennen Sie die Datei in „${stem.toLowerCase()}.md“ um (Endung klein geschrieben).` : 'Inhalte sind Markdown-Dateien mit der Endung .md (oder .mdx für Texte mit Komponenten); Bilder sind .png, .jpg, .webp, .avif oder .gif.'));
        continue;
      }
      if (name.startsWith('_')) {
        problems.push(problem(show(full), 1, 1, `Die Datei ${name} beginnt mit „_“ und wird deshalb nicht veröffentlicht.`, `Entfernen Sie den Unterstrich am Anfang, wenn der Eintrag erscheinen soll; sonst löschen Sie die Datei.`, 'warnung'));
        continue;
      }
      const id = name.slice(0, -ext.length);
      const twin = seen.get(id);
      if (twin) {
        problems.push(problem(show(full), 1, 1, `${name} und ${path.basename(twin.absPath)} haben dieselbe Kennung „${id}“.`, 'Jeder Eintrag hat genau eine Datei: löschen oder benennen Sie eine der beiden um.'));
        continue;
      }
      seen.set(id, { absPath: full });
      files.push({ collection, id, absPath: full, file: show(full), ...(ext === '.mdx' ? { mdx: true } : {}) });
    }
  }
  return { files, problems };
}
