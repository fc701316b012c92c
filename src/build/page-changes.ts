/**
 * Which pages a change of the content adds, changes and removes, from git and the build: the
 * reviewer of a pull request sees the effect without building. Read from `git diff` against the
 * base (the pull request's target) and from the addresses of the build that are not yet published.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { git, repoRoot } from '../data/git.ts';
import { fileForUrl, publishedUrls, readPermalinks } from './permalinks.ts';
import { ENTRY_PAGE_FOLDERS, entryPage, type EntryPageCollection } from '../data/urls.ts';
import { collectionNames, collections } from '../schemas/index.ts';

export interface PageChanges {
  /** False when git could not compare (no history, unknown base). */
  verglichen: boolean;
  neu: string[];
  geaendert: string[];
  entfernt: { seite: string; weiterleitung: boolean }[];
  /** Addresses of this build that content/permalinks.txt does not list yet (they are published with it). */
  neueAdressen: string[];
}

/** The page of a content file: its own page, or (own: false) the list or all pages it shows up on. */
function pageOf(relative: string): { page: string; own: boolean } | undefined {
  const [folder, name] = relative.split('/') as [string, string | undefined];
  const collection = collectionNames.find((c) => collections[c].path === folder || collections[c].path === relative);
  if (!collection) return undefined;
  if (collection === 'einstellungen') return { page: 'alle Seiten (Einstellungen)', own: false };
  if (collection in ENTRY_PAGE_FOLDERS && name?.endsWith('.md')) return { page: entryPage(collection as EntryPageCollection, name.slice(0, -3)), own: true };
  return { page: `/${collections[collection].path}/`, own: false };
}

export function pageChanges(base: string, contentDir: string, outDir: string): PageChanges {
  const changes: PageChanges = { verglichen: false, neu: [], geaendert: [], entfernt: [], neueAdressen: [] };
  const recorded = new Set(readPermalinks(contentDir));
  if (existsSync(outDir)) changes.neueAdressen = publishedUrls(outDir).filter((u) => !recorded.has(u));
  const diff = git('.', ['diff', '--name-status', '-M', base, '--', contentDir]);
  const root = repoRoot('.');
  if (diff === undefined || !root) return changes;
  changes.verglichen = true;
  const pageOfFile = (file: string) => pageOf(path.relative(path.resolve(contentDir), path.resolve(root, file)).split(path.sep).join('/'));
  const note = (file: string, kind: 'neu' | 'geaendert' | 'entfernt') => {
    const target = pageOfFile(file);
    if (!target) return;
    // An entry without a page of its own changes the list (or the pages) it shows up on.
    if (!target.own || kind === 'geaendert') changes.geaendert.push(target.page);
    else if (kind === 'neu') changes.neu.push(target.page);
    else changes.entfernt.push({ seite: target.page, weiterleitung: existsSync(fileForUrl(outDir, target.page)) });
  };
  for (const line of diff.split('\n').filter(Boolean)) {
    const [status, first, second] = line.split('\t') as [string, string, string | undefined];
    if (status.startsWith('A')) note(first, 'neu');
    else if (status.startsWith('D')) note(first, 'entfernt');
    else if (status.startsWith('R')) {
      note(first, 'entfernt');
      note(second!, 'neu');
    } else note(first, 'geaendert');
  }
const unique = (list: string[]) => [...new Set(list)].sort();
  changes.neu = unique(changes.neu);
  changes.geaendert = unique(changes.geaendert).filter((p) => !changes.neu.includes(p));
  return changes;
}

/** A Markdown list, at most `max` items and a line for the rest. */
function liste(items: string[], max = 30): string {
  const shown = items.slice(0, max).map((i) => `- ${i.startsWith('/') ? `\`${i}\`` : i}`);
  if (items.length > max) shown.push(`- … und ${items.length - max} weitere`);
  return shown.join('\n');
}

export function pageChangesMarkdown(c: PageChanges): string {
  const out = ['## Was sich auf der Website ändert', ''];
  if (!c.verglichen) out.push('Ein Vergleich mit dem Zielzweig war nicht möglich (keine Git-Geschichte oder unbekannter Zweig).', '');
  else if (!c.neu.length && !c.geaendert.length && !c.entfernt.length) out.push('Keine Inhaltsdatei wurde geändert.', '');
  if (c.neu.length) out.push(`**Neue Seiten (${c.neu.length})**`, '', liste(c.neu), '');
  if (c.geaendert.length) out.push(`**Geänderte Seiten (${c.geaendert.length})**`, '', liste(c.geaendert), '');
  if (c.entfernt.length) {
    out.push(`**Entfernte Seiten (${c.entfernt.length})**`, '');
    for (const e of c.entfernt) out.push(`- \`${e.seite}\` – ${e.weiterleitung ? 'leitet auf die neue Seite weiter (frühere Kennung)' : 'gibt es nicht mehr'}`);
    out.push('');
  }
  if (c.neueAdressen.length) out.push(`**Adressen, die mit dieser Änderung erstmals veröffentlicht werden (${c.neueAdressen.length})**`, '', liste(c.neueAdressen), '');
  return out.join('\n');
}
