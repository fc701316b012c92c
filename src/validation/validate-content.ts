/**
 * Validates a whole content folder (or some of its files) against the content
 * model: readable files, ids, schemas, references between entries and
 * citations in the text. Reports every problem in every file at once.
 */
import { PFLICHTSEITEN } from '../data/pflichtseiten.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionNames, collections, type CollectionDef, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, ID_RULE } from '../schemas/fields.ts';
import { nearest } from './nearest.ts';
import { problem, type Problem } from './problem.ts';
import { readMarkdown, readYaml, type SourceFile } from './read-source.ts';
import { schemaProblems } from './schema-messages.ts';
import { locate } from './yaml-locate.ts';
import { collectRefs } from './zod-walk.ts';
import { toId } from './to-id.ts';
import { citationsIn } from './citations.ts';
import { bodyFindings } from './body-safety.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Absolute path. */
  absPath: string;
  /** Path shown in messages (relative to the working directory). */
  file: string;
}

export interface ValidEntry extends ContentFile {
  source: SourceFile;
  data: Record<string, unknown>;
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
}

/** Lists the content files of every collection, with problems for files that cannot be entries. */
export function listContentFiles(contentDir: string, cwd = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const show = (abs: string) => path.relative(cwd, abs) || abs;
  for (const collection of collectionNames) {
    const def: CollectionDef = collections[collection];
    const abs = path.join(contentDir, def.path);
    if (def.format === 'yaml') {
      if (existsSync(abs)) files.push({ collection, id: path.basename(abs).replace(/\.ya?ml$/, ''), absPath: abs, file: show(abs) });
      else problems.push(problem(show(abs), 1, 1, `Die Datei ${def.path} fehlt.`, `Legen Sie ${def.path} mit allen Pflichtfeldern (${def.label}) an.`));
      continue;
    }
    if (!existsSync(abs)) {
      if (def.singleton) problems.push(problem(show(abs), 1, 1, `Der Ordner ${def.path}/ fehlt.`, `Legen Sie ${def.path}/${def.path}.md an.`));
      continue;
    }
    for (const dirent of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = dirent.name;
      const full = path.join(abs, name);
      if (name.startsWith('.') || name.startsWith('_')) continue;
      if (dirent.isDirectory()) {
        problems.push(problem(show(full), 1, 1, `Unterordner sind in ${def.path}/ nicht erlaubt.`, `Legen Sie die Dateien direkt in ${def.path}/ ab.`));
        continue;
      }
      if (!name.endsWith('.md')) {
        const hint = name.endsWith('.mdx')
          ? 'MDX kann Programmcode ausführen und ist deshalb nicht erlaubt: benennen Sie die Datei in .md um.'
          : 'Inhalte sind Markdown-Dateien mit der Endung .md.';
        problems.push(problem(show(full), 1, 1, `Die Datei ${name} ist keine .md-Datei.`, hint));
        continue;
      }
      const id = name.slice(0, -3);
      files.push({ collection, id, absPath: full, file: show(full) });
    }
  }
  return { files, problems };
}

function readSource(f: ContentFile): { ok: true; source: SourceFile } | { ok: false; problems: Problem[] } {
  const bytes = readFileSync(f.absPath);
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
  return { cwd, all: listed.files, files: listed.files.filter((f) => inScope(f.absPath)), problems, ids };
}

/** Reads and checks each file on its own (the part that scales with the content; runs in workers for large folders). */
export function checkFiles(files: ContentFile[], ids: Map<string, Set<string>>): { problems: Problem[]; entries: ValidEntry[] } {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  for (const f of files) {
    try {
      checkFile(f, ids, problems, entries);
    } catch (error) {
      // Never a stack trace for editors: name the file and the cause.
      problems.push(problem(f.file, 1, 1, `Unerwarteter Fehler beim Prüfen dieser Datei (${(error as Error).message}).`, 'Prüfen Sie die Datei auf ungewöhnliche Zeichen; besteht der Fehler fort, melden Sie ihn dem Entwicklungsteam.'));
    }
  }
  return { problems, entries };
}

function finish(prepared: Prepared, checked: { problems: Problem[]; entries: ValidEntry[] }[]): ValidationResult {
  const problems = [...prepared.problems, ...checked.flatMap((c) => c.problems)];
  const entries = checked.flatMap((c) => c.entries);
  problems.push(...aliasProblems(entries, prepared.ids));
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

export interface CheckedChunk {
  start: number;
  problems: Problem[];
  entries: ValidEntry[];
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

function checkFile(f: ContentFile, ids: Map<string, Set<string>>, problems: Problem[], entries: ValidEntry[]): void {
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
  const schema = collections[f.collection].schema;
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    fileProblems.push(...schemaProblems(f.file, source, schema, parsed.error.issues));
  }
  for (const r of collectRefs(schema, source.data)) {
    const known = ids.get(r.collection);
    if (!known || known.has(r.id)) continue;
    const pos = locate(source.yamlText, r.path);
    const guess = nearest(r.id, known);
    const target = collections[r.collection as CollectionName];
    fileProblems.push(
      problem(f.file, source.yamlStartLine + pos.line - 1, pos.column, `Verweis auf „${r.id}“: in ${target?.label ?? r.collection} gibt es keinen Eintrag mit dieser Kennung.`,
        guess ? `Meinten Sie „${guess}“? (Datei ${target?.path}/${guess}.md im Inhaltsordner)` : `Die Kennung ist der Dateiname ohne .md im Ordner ${target?.path}/ des Inhaltsordners.`),
    );
  }
  for (const c of citationsIn(source.body)) {
    if (ids.get('quellen')!.has(c.id)) continue;
    const guess = nearest(c.id, ids.get('quellen')!);
    fileProblems.push(
      problem(f.file, source.bodyStartLine + c.line - 1, c.column, `Quellenverweis „quelle:${c.id}“: diese Quelle gibt es nicht.`,
        guess ? `Meinten Sie „quelle:${guess}“?` : 'Legen Sie die Quelle in content/quellen/ an oder korrigieren Sie die Kennung.'),
    );
  }
  for (const b of bodyFindings(source.body)) {
    fileProblems.push(problem(f.file, source.bodyStartLine + b.line - 1, b.column, b.message, b.hint));
  }
  problems.push(...fileProblems);
  if (fileProblems.length === 0 && parsed.success) entries.push({ ...f, source, data: parsed.data as Record<string, unknown> });
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
