/**
 * Validates a whole content folder (or some of its files) against the content
 * model: readable files, ids, schemas, references between entries and
 * citations in the text. Reports every problem in every file at once.
 */
import { PFLICHTSEITEN } from '../data/pflichtseiten.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, ID_RULE } from '../schemas/fields.ts';
import { nearest } from './nearest.ts';
import { problem, type Problem } from './problem.ts';
import { readMarkdown, readRegularFile, readYaml, type SourceFile } from './read-source.ts';
import { schemaProblems } from './schema-messages.ts';
import { locate } from './yaml-locate.ts';
import { collectRefs } from './zod-walk.ts';
import { toId } from './to-id.ts';
import { bodyFindings } from './body-safety.ts';
import { PERMALINKS_FILE } from '../build/permalinks.ts';
import { entryOfPage, entryPage } from '../data/urls.ts';
import { yamlTextProblems } from './yaml-text.ts';
import { missingChangeNotes } from './change-notes.ts';
import { listContentFiles, type ContentFile } from './content-files.ts';

export type { ContentFile } from './content-files.ts';
export { listContentFiles } from './content-files.ts';

export interface ValidEntry extends ContentFile {
  source: SourceFile;
  data: Record<string, unknown>;
  /** Valid on its own, but refers to ids that do not exist (reported separately). */
  unresolved?: true;
}

export interface ValidationResult {
  problems: Problem[];
  entries: ValidEntry[];
  files: ContentFile[];
}

export interface ValidateOptions {
  contentDir: string;
  /** Only report problems in these files (paths); references are still checked against all files. */
  only?: string[];
  /** Base for the paths in messages; defaults to the working directory. */
  cwd?: string;
  /** A git ref (a pull request's base): warn where a project's status or funding changed without a change note. */
  vergleichMit?: string;
}

/** Files served at the site root: site-absolute images in the text must be there. */
const PUBLIC_DIR = path.resolve('public');

function readSource(f: ContentFile): { ok: true; source: SourceFile } | { ok: false; problems: Problem[] } {
  const bytes = readRegularFile(f.absPath);
  return collections[f.collection].format === 'yaml' ? readYaml(f.file, bytes) : readMarkdown(f.file, bytes);
}

function idProblems(f: ContentFile): Problem[] {
  const def: CollectionDef = collections[f.collection];
  if (def.format === 'yaml') return [];
  const out: Problem[] = [];
  if (!ID_PATTERN.test(f.id)) {
    const suggestion = toId(f.id);
    out.push(problem(f.file, 1, 1, `Der Dateiname „${f.id}.md“ ist als Adresse nicht erlaubt: ${ID_RULE}.`, suggestion ? `Benennen Sie die Datei um in „${suggestion}.md“.` : undefined));
  }
  if (def.reservedIds?.includes(f.id)) {
    out.push(problem(f.file, 1, 1, `Der Dateiname „${f.id}.md“ ist bereits eine feste Adresse der Website (/${def.path === 'seiten' ? '' : `${def.path}/`}${f.id}/).`, 'Wählen Sie einen anderen Dateinamen.'));
  }
  return out;
}

interface Prepared {
  cwd: string;
  contentDir: string;
  /** The whole folder is checked (not only some files): checks across the folder run. */
  whole: boolean;
  vergleichMit?: string;
  /** Every content file; `files` are those to check. */
  all: ContentFile[];
  files: ContentFile[];
  problems: Problem[];
  ids: Map<string, Set<string>>;
}

/** Lists the files, collects all ids and checks what concerns whole collections. */
function prepare(options: ValidateOptions): Prepared {
  const cwd = options.cwd ?? process.cwd();
  const listed = listContentFiles(options.contentDir, cwd);
  const onlySet = options.only ? new Set(options.only.map((p) => path.resolve(cwd, p))) : undefined;
  const inScope = (abs: string) => !onlySet || onlySet.has(path.resolve(abs));
  const problems: Problem[] = listed.problems.filter((p) => inScope(path.resolve(cwd, p.file)));
  if (onlySet) {
    for (const wanted of onlySet) {
      if (!listed.files.some((f) => path.resolve(f.absPath) === wanted)) {
        problems.push(problem(path.relative(cwd, wanted), 1, 1, 'Diese Datei gehört zu keiner Sammlung im Inhaltsordner oder existiert nicht.', `Inhalte liegen in ${options.contentDir}/<sammlung>/<kennung>.md.`));
      }
    }
  }

  // Ids of all files, so that references resolve even when only some files are checked.
  const ids = new Map<string, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  for (const f of listed.files) ids.get(f.collection)!.add(f.id);

  for (const collection of collectionNames) {
    const def: CollectionDef = collections[collection];
    const count = ids.get(collection)!.size;
    if (def.singleton && def.format === 'markdown' && count > 1) {
      const extra = listed.files.filter((f) => f.collection === collection).slice(1);
      for (const f of extra) if (inScope(f.absPath)) problems.push(problem(f.file, 1, 1, `${def.label} darf es nur einmal geben.`, `Führen Sie den Inhalt in ${listed.files.find((x) => x.collection === collection)!.file} zusammen.`));
    }
    if (def.requiredIds && !onlySet) {
      for (const id of def.requiredIds) {
        if (!ids.get(collection)!.has(id)) {
          problems.push(problem(path.relative(cwd, path.join(options.contentDir, def.path, `${id}.md`)), 1, 1, `Die Pflichtseite ${def.path}/${id}.md fehlt; jede Seite der Website verlinkt sie.`, `Legen Sie ${def.path}/${id}.md an (fehlende Angaben als „keine Angabe“).`));
        }
      }
    }
    if (def.singleton && def.format === 'markdown' && count === 0 && !onlySet && existsSync(path.join(options.contentDir, def.path))) {
      problems.push(problem(path.relative(cwd, path.join(options.contentDir, def.path)) || def.path, 1, 1, `${def.label}: es gibt keinen Eintrag.`, `Legen Sie ${def.path}/${def.path}.md an.`));
    }
  }
  return { cwd, contentDir: options.contentDir, whole: !onlySet, vergleichMit: options.vergleichMit, all: listed.files, files: listed.files.filter((f) => inScope(f.absPath)), problems, ids };
}

/** Reads and checks each file on its own (the part that scales with the content; runs in workers for large folders). */
/** A reference to an id that no file has; resolved against former ids (alias) once all files are read. */
interface UnresolvedRef {
  file: string;
  line: number;
  column: number;
  collection: string;
  id: string;
}

export interface Checked {
  problems: Problem[];
  entries: ValidEntry[];
  unresolved: UnresolvedRef[];
}

export function checkFiles(files: ContentFile[], ids: Map<string, Set<string>>): Checked {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const unresolved: UnresolvedRef[] = [];
  for (const f of files) {
    try {
      checkFile(f, ids, { problems, entries, unresolved });
    } catch (error) {
      // Never a stack trace for editors: name the file and the cause.
      problems.push(problem(f.file, 1, 1, `Unerwarteter Fehler beim Prüfen dieser Datei (${(error as Error).message}).`, 'Prüfen Sie die Datei auf ungewöhnliche Zeichen; besteht der Fehler fort, melden Sie ihn dem Entwicklungsteam.'));
    }
  }
  return { problems, entries, unresolved };
}

function finish(prepared: Prepared, checked: Checked[]): ValidationResult {
  const problems = [...prepared.problems, ...checked.flatMap((c) => c.problems)];
  const entries = checked.flatMap((c) => c.entries);
  const formerIds = formerIdsOf(entries);
  problems.push(...checked.flatMap((c) => c.unresolved).map((r) => unresolvedProblem(r, prepared.ids, formerIds)));
  problems.push(...aliasProblems(entries, prepared.ids));
  if (prepared.whole) problems.push(...lostAddressProblems(prepared, entries, formerIds));
  if (prepared.vergleichMit) problems.push(...missingChangeNotes(prepared.contentDir, prepared.vergleichMit, prepared.cwd));
  problems.push(...publisherWarnings(entries));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, entries, files: prepared.all };
}

export function validateContent(options: ValidateOptions): ValidationResult {
  const prepared = prepare(options);
  return finish(prepared, [checkFiles(prepared.files, prepared.ids)]);
}

/** From this many files on, a worker thread shares the per-file checks (two cores here). */
const PARALLEL_AB = 2000;
/** Files a thread claims at a time: small enough to balance, large enough to keep the counter cold. */
const CHUNK = 250;

export interface CheckedChunk extends Checked {
  start: number;
}

/** Claims chunks of `files` from the shared counter until none is left; this thread and the worker both run it. */
export function checkClaimedChunks(files: ContentFile[], ids: Map<string, Set<string>>, next: Int32Array): CheckedChunk[] {
  const out: CheckedChunk[] = [];
  for (let start = Atomics.add(next, 0, CHUNK); start < files.length; start = Atomics.add(next, 0, CHUNK)) {
    out.push({ start, ...checkFiles(files.slice(start, start + CHUNK), ids) });
  }
  return out;
}

/**
 * validateContent, with the per-file checks shared between this thread and a worker for large folders:
 * both take chunks of files from a shared counter, so the worker's start-up time does not leave one
 * thread waiting. Entries checked in the worker come back without their text and data unless a check
 * across files needs them: use validateContent where the entries themselves matter.
 */
export async function validateContentParallel(options: ValidateOptions): Promise<ValidationResult> {
  const prepared = prepare(options);
  if (prepared.files.length < PARALLEL_AB) return finish(prepared, [checkFiles(prepared.files, prepared.ids)]);
  const { Worker } = await import('node:worker_threads');
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
    workerData: { files: prepared.files, ids: [...prepared.ids].map(([c, set]) => [c, [...set]]), next: next.buffer },
    // Fewer garbage collections while reading thousands of small files (see scripts/validate.ts).
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  const fromWorker = new Promise<CheckedChunk[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const here = checkClaimedChunks(prepared.files, prepared.ids, next);
  const there = await fromWorker;
  await worker.terminate();
  // In file order, as validateContent reports them.
  return finish(prepared, [...here, ...there].sort((a, b) => a.start - b.start));
}

/** Former ids of every entry: "collection/alias" → current id. */
function formerIdsOf(entries: ValidEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (Array.isArray(e.data.alias)) for (const a of e.data.alias as string[]) out.set(`${e.collection}/${a}`, e.id);
  return out;
}

function unresolvedProblem(r: UnresolvedRef, ids: Map<string, Set<string>>, formerIds: Map<string, string>): Problem {
  const target = collections[r.collection as CollectionName];
  const renamed = formerIds.get(`${r.collection}/${r.id}`);
  const guess = renamed ?? nearest(r.id, ids.get(r.collection) ?? new Set());
  const message = `Verweis auf „${r.id}“: in ${target.label} gibt es keinen Eintrag mit dieser Kennung.`;
  const hint = renamed
    ? `„${r.id}“ ist die frühere Kennung von „${renamed}“ (umbenannt): schreiben Sie „${renamed}“.`
    : guess
      ? `Meinten Sie „${guess}“? (Datei ${target.path}/${guess}.md im Inhaltsordner)`
      : `Die Kennung ist der Dateiname ohne .md im Ordner ${target.path}/ des Inhaltsordners.`;
  return problem(r.file, r.line, r.column, message, hint);
}

/**
 * A published address of an entry page (content/permalinks.txt) whose file is gone without a
 * former id (alias) that keeps it: caught here, before the build, with the alias fix.
 */
function lostAddressProblems(prepared: Prepared, entries: ValidEntry[], formerIds: Map<string, string>): Problem[] {
  const file = path.join(prepared.contentDir, PERMALINKS_FILE);
  if (!existsSync(file)) return [];
  const shown = path.relative(prepared.cwd, file) || file;
  const recorded = new TextDecoder().decode(readRegularFile(file)).split('\n');
  const recordedSet = new Set(recorded.map((l) => l.trim()));
  const out: Problem[] = [];
  recorded.forEach((line, i) => {
    const entry = entryOfPage(line.trim());
    if (!entry) return;
    const def: CollectionDef = collections[entry.collection];
    if (def.reservedIds?.includes(entry.id) || prepared.ids.get(entry.collection)!.has(entry.id) || formerIds.has(`${entry.collection}/${entry.id}`)) return;
    const unpublished = [...prepared.ids.get(entry.collection)!].filter((id) => !recordedSet.has(entryPage(entry.collection, id)));
    // A renamed file usually keeps its title: the unpublished entry whose title gives the old id, else the nearest id.
    const sameTitle = entries.find((e) => e.collection === entry.collection && unpublished.includes(e.id) && toId(String(e.data.titel ?? e.data.name ?? '')) === entry.id);
    const guess = sameTitle?.id ?? nearest(entry.id, unpublished) ?? (unpublished.length === 1 ? unpublished[0] : undefined);
    const where = guess ? `${def.path}/${guess}.md` : 'der Datei, die sie ersetzt,';
    out.push(
      problem(shown, i + 1, 1, `Die veröffentlichte Adresse ${line.trim()} gibt es nicht mehr: in ${def.label} fehlt „${entry.id}.md“, und kein Eintrag nennt „${entry.id}“ als frühere Kennung.`,
        `Veröffentlichte Adressen stehen in Förderanträgen und dürfen nicht brechen. Wurde die Datei umbenannt${guess ? ` (in ${guess}.md?)` : ''}, tragen Sie in ${where} die Zeile „alias: [${entry.id}]“ ein; die alte Adresse leitet dann weiter. Sonst stellen Sie die Datei wieder her.`),
    );
  });
  return out;
}

/**
 * A former id ("alias") keeps an old URL alive as a redirect. It must not be
 * an id in use, another entry's alias or a fixed route of the site.
 */
function aliasProblems(entries: ValidEntry[], ids: Map<string, Set<string>>): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, ValidEntry>();
  for (const e of entries) {
    const list = e.data.alias;
    if (!Array.isArray(list)) continue;
    const def: CollectionDef = collections[e.collection];
    list.forEach((alias: string, i: number) => {
      const pos = locate(e.source.yamlText, ['alias', i]);
      const at = (message: string, hint: string) => out.push(problem(e.file, e.source.yamlStartLine + pos.line - 1, pos.column, message, hint));
      const key = `${e.collection}/${alias}`;
      if (ids.get(e.collection)!.has(alias)) {
        at(`Die frühere Kennung „${alias}“ ist die Kennung eines bestehenden Eintrags in ${def.label}.`, 'Eine frühere Kennung darf nur eine Adresse sein, die es nicht mehr gibt. Entfernen Sie sie oder benennen Sie die andere Datei um.');
      } else if (def.reservedIds?.includes(alias)) {
        at(`Die frühere Kennung „${alias}“ ist eine feste Adresse der Website.`, 'Entfernen Sie sie aus der Liste.');
      } else if (seen.has(key) && seen.get(key) !== e) {
        at(`Die frühere Kennung „${alias}“ steht auch in ${seen.get(key)!.file}.`, 'Eine alte Adresse kann nur auf einen Eintrag weiterleiten: entfernen Sie sie an einer Stelle.');
      } else if (seen.get(key) === e) {
        at(`Die frühere Kennung „${alias}“ steht zweimal in der Liste.`, 'Entfernen Sie eine davon.');
      }
      seen.set(key, e);
    });
  }
  return out;
}

function checkFile(f: ContentFile, ids: Map<string, Set<string>>, { problems, entries, unresolved }: Checked): void {
  const fileProblems: Problem[] = idProblems(f);
  let read: ReturnType<typeof readSource>;
  try {
    read = readSource(f);
  } catch (error) {
    problems.push(problem(f.file, 1, 1, `Die Datei konnte nicht gelesen werden: ${(error as Error).message}`, 'Prüfen Sie, ob die Datei existiert und lesbar ist.'));
    return;
  }
  if (!read.ok) {
    problems.push(...fileProblems, ...read.problems);
    return;
  }
  const { source } = read;
  fileProblems.push(...yamlTextProblems(f.file, source.yamlText, source.yamlStartLine));
  const schema = collections[f.collection].schema;
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    fileProblems.push(...schemaProblems(f.file, source, schema, parsed.error.issues));
  }
  let refsResolve = true;
  for (const r of collectRefs(schema, source.data)) {
    const known = ids.get(r.collection);
    if (!known || known.has(r.id)) continue;
    const pos = locate(source.yamlText, r.path);
    unresolved.push({ file: f.file, line: source.yamlStartLine + pos.line - 1, column: pos.column, collection: r.collection, id: r.id });
    refsResolve = false;
  }
  for (const b of bodyFindings(source.body, { ids, absPath: f.absPath, mdx: f.mdx, publicDir: PUBLIC_DIR })) {
    fileProblems.push(problem(f.file, source.bodyStartLine + b.line - 1, b.column, b.message, b.hint, b.severity));
  }
  problems.push(...fileProblems);
  // An entry with unresolved references still counts for the checks across files (its former ids keep their meaning).
  if (!fileProblems.some((p) => p.severity === 'fehler') && parsed.success) entries.push({ ...f, source, data: parsed.data as Record<string, unknown>, ...(refsResolve ? {} : { unresolved: true }) });
}

/** Legally required facts of a public body's site that are still unknown: warnings, never invented (PFLICHTSEITEN). */

function publisherWarnings(entries: ValidEntry[]): Problem[] {
  const out: Problem[] = [];
  for (const e of entries) {
    if (e.collection === 'einstellungen') {
      const warn = (key: string, message: string, hint: string) => {
        if (e.data[key] !== 'keine Angabe') return;
        const pos = locate(e.source.yamlText, [key]);
        out.push(problem(e.file, pos.line, pos.column, message, hint, 'warnung'));
      };
      warn('herausgeber', 'Der Herausgeber ist unbekannt: Pflichtangabe für das Impressum (§ 5 DDG).', 'Tragen Sie die herausgebende Stelle ein, sobald sie feststeht.');
      warn('website', 'Die Adresse der Website ist unbekannt: Zitiervorschläge, Feed und Daten enthalten nur relative Adressen, und es gibt keine Sitemap.', 'Tragen Sie die öffentliche Adresse ein (oder setzen Sie SITE_URL beim Bauen).');
    }
    if (e.collection === 'seiten' && PFLICHTSEITEN[e.id]) {
      const lines = e.source.body.split('\n');
      const i = lines.findIndex((l) => l.includes('keine Angabe'));
      if (i >= 0) {
        out.push(problem(e.file, e.source.bodyStartLine + i, lines[i]!.indexOf('keine Angabe') + 1, `${PFLICHTSEITEN[e.id]}: Pflichtangaben fehlen noch („keine Angabe“).`, 'Der Herausgeber ergänzt die fehlenden Angaben; die Seite zeigt sie bis dahin als unbekannt.', 'warnung'));
      }
    }
  }
  return out;
}
