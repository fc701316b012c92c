/**
 * Reads one content file the way Astro will: UTF-8 text, the frontmatter
 * between a first line "---" and the next line "---", parsed by js-yaml 4,
 * then the Markdown body. Every way a file can be unreadable becomes a located
 * Problem instead of an exception.
 *
 * The validator splits the fences itself instead of calling gray-matter per
 * file: gray-matter looks every file's whole text up in its cache, which cost
 * 0.8 s of 2.9 s for 11,500 files. grayMatter() below, with the same YAML
 * parser and both JavaScript engines denied, is for tools that read content.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { problem, type Problem } from './problem.ts';
import { invisibleCause, missingSpaceAfterColon } from './yaml-text.ts';

export interface SourceFile {
  /** Parsed frontmatter (Markdown) or document (YAML file). */
  data: Record<string, unknown>;
  /** The YAML text, for locating values. */
  yamlText: string;
  /** File line on which the YAML text starts (1-based). */
  yamlStartLine: number;
  /** Markdown body (empty for YAML files). */
  body: string;
  /** File line on which the body starts (1-based). */
  bodyStartLine: number;
}

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; problems: Problem[] };

/**
 * js-yaml 4's default schema without the timestamp type: dates stay the text
 * the editor wrote, so that "2021-02-30" is reported instead of silently
 * becoming 2 March (Astro, which keeps the timestamp type, only ever sees
 * files that passed this check; the date schema accepts both forms).
 */
const types = (yaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', yaml.Type> }).types;
const YAML_SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

const deny = (engine: string) => () => {
  throw new ExecutableFrontmatterError(engine);
};

export class ExecutableFrontmatterError extends Error {
  constructor(engine: string) {
    super(`frontmatter engine ${engine} denied`);
  }
}

class YamlError extends Error {
  readonly yamlError: yaml.YAMLException;
  constructor(yamlError: yaml.YAMLException) {
    super(yamlError.message);
    this.yamlError = yamlError;
  }
}

function loadYaml(text: string): object {
  try {
    return yaml.load(text, { schema: YAML_SCHEMA }) as object;
  } catch (error) {
    if (error instanceof yaml.YAMLException) throw new YamlError(error);
    throw error;
  }
}

/** gray-matter options: YAML only, with our parser; an options object also turns its cache off. */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: loadYaml,
    js: deny('js'),
    javascript: deny('javascript'),
  },
};

/** gray-matter with the options above (our YAML parser, JavaScript engines denied): reads a content file in tools and tests. */
export function grayMatter(text: string): matter.GrayMatterFile<string> {
  return matter(text, MATTER_OPTIONS as never);
}

/**
 * Reads a file only if it is a regular file itself: a symbolic link is not followed (O_NOFOLLOW), and a
 * device, pipe or folder is not read, so nothing outside the content folder is ever read through it.
 */
export function readRegularFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('keine gewöhnliche Datei');
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, bytes, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stats.size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const FENCE = /^---[ \t]*$/;

export function decodeUtf8(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    // Find the first byte sequence that is not UTF-8 to name its line.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
        continue;
      }
      const slice = bytes.subarray(lineStart, i + 1);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice, { stream: true });
      } catch {
        return {
          ok: false,
          problems: [
            problem(file, line, i - lineStart + 1, 'Die Datei enthält Zeichen, die kein UTF-8 sind (z. B. Umlaute aus einem alten Windows-Editor).', 'Speichern Sie die Datei als „UTF-8“ und prüfen Sie die Umlaute in dieser Zeile.'),
          ],
        };
      }
    }
    return { ok: false, problems: [problem(file, line, 1, 'Die Datei endet mitten in einem UTF-8-Zeichen.', 'Speichern Sie die Datei als „UTF-8“.')] };
  }
}

/** js-yaml's reasons (English) as German explanations; the English text never reaches an editor. */
const YAML_REASONS: [RegExp, string, string][] = [
  [/duplicated mapping key/, 'Ein Feld steht zweimal in der Frontmatter.', 'Löschen Sie eine der beiden Zeilen oder führen Sie sie zusammen.'],
  [/tab character/i, 'In der Einrückung steht ein Tabulator.', 'Rücken Sie nur mit Leerzeichen ein, nie mit der Tabulatortaste.'],
  [/bad indentation|end of the stream or a document separator|block mapping entry|implicit key|a colon is missed|incomplete explicit mapping pair/, 'Die Einrückung oder die Form eines Feldes stimmt nicht.', 'Steht nach jedem Feldnamen ein Doppelpunkt und ein Leerzeichen? Felder derselben Ebene gleich weit mit Leerzeichen einrücken. Enthält ein Text „: “ (Doppelpunkt und Leerzeichen) oder beginnt er mit einem Sonderzeichen, setzen Sie den ganzen Wert in gerade Anführungszeichen "…".'],
  [/within a (double|single) quoted scalar|quoted scalar/, 'Ein Anführungszeichen wird nicht geschlossen.', 'Schließen Sie jeden Wert, der mit " beginnt, mit " in derselben Zeile. Ein " innerhalb des Werts schreiben Sie als \\" oder verwenden typografische Anführungszeichen „…“.'],
  [/flow collection|missed comma/, 'Eine Liste in eckigen Klammern ist nicht richtig geschlossen.', 'Schreiben Sie Listen als [eins, zwei] mit Komma zwischen den Einträgen und schließender Klammer in derselben Zeile.'],
  [/sequence entr/, 'Ein Listeneintrag („- “) steht an einer Stelle, an der keine Liste erlaubt ist.', 'Rücken Sie die Listeneinträge unter dem Feldnamen ein und schreiben Sie hinter den Feldnamen nur den Doppelpunkt.'],
  [/non-printable|control/, 'Die Frontmatter enthält ein unsichtbares Steuerzeichen.', 'Schreiben Sie die Zeile neu, statt sie aus einem anderen Programm zu kopieren.'],
  [/unknown tag|explicit tag|verbatim tag/, 'Ein Wert beginnt mit „!“; YAML liest das als Typangabe.', 'Setzen Sie den ganzen Wert in gerade Anführungszeichen "…".'],
  [/alias/, 'Ein Wert beginnt mit „*“ oder „&“; YAML liest das als Verweis.', 'Setzen Sie den ganzen Wert in gerade Anführungszeichen "…".'],
  [/escape/, 'Ein Wert in "…" enthält einen Rückstrich \\ vor einem Zeichen, das YAML nicht kennt.', 'Schreiben Sie zwei Rückstriche \\\\ oder setzen Sie den Wert in einfache Anführungszeichen \'…\'.'],
];

function yamlProblem(file: string, error: yaml.YAMLException, yamlText: string, startLine: number): Problem {
  const mark = error.mark ?? { line: 0, column: 0 };
  const reason = error.reason ?? error.message;
  const invisible = invisibleCause(yamlText, mark.line + 1);
  if (invisible) {
    return problem(file, startLine + invisible.line - 1, invisible.column, `Die Frontmatter ist hier nicht lesbar: Ursache ist ${invisible.cause}.`, invisible.fix);
  }
  const colon = missingSpaceAfterColon(yamlText, mark.line + 1);
  if (colon) {
    return problem(file, startLine + colon.line - 1, colon.column, `Nach „${colon.key}:“ fehlt ein Leerzeichen.`, `Schreiben Sie „${colon.key}: “ mit einem Leerzeichen nach dem Doppelpunkt.`);
  }
  const [, message, hint] = YAML_REASONS.find(([pattern]) => pattern.test(reason)) ?? [
    undefined,
    'Die Frontmatter ist in dieser Zeile kein gültiges YAML.',
    'Prüfen Sie die Zeile: „feldname: wert“ mit Doppelpunkt und Leerzeichen; Texte mit „: “, „#“ oder einem Sonderzeichen am Anfang in gerade Anführungszeichen "…" setzen.',
  ];
  return problem(file, startLine + mark.line, mark.column + 1, message, hint);
}

/** Rejects YAML anchors and aliases (&a / *a): editors need none, and alias bombs explode when serialised. */
function findSharedNode(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((child) => findSharedNode(child, seen));
}

function parseYaml(file: string, text: string, startLine: number): { ok: true; data: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    if (error instanceof YamlError) return { ok: false, problems: [yamlProblem(file, error.yamlError, text, startLine)] };
    throw error;
  }
  return checkDocument(file, data, text, startLine);
}

function checkDocument(file: string, data: unknown, text: string, startLine: number): { ok: true; data: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [problem(file, startLine, 1, 'Die Frontmatter enthält keine Felder.', 'Schreiben Sie zwischen die beiden Zeilen „---“ die Felder, je eines pro Zeile als „feldname: wert“.')],
    };
  }
  if (/(^|[\s[{,])[&*][A-Za-z0-9_-]/m.test(text) && findSharedNode(data)) {
    const anchorLine = Math.max(0, text.split('\n').findIndex((line) => /(^|[\s[{,])&[A-Za-z0-9_-]/.test(line)));
    return {
      ok: false,
      problems: [problem(file, startLine + anchorLine, 1, 'YAML-Anker und -Verweise (&name, *name) sind nicht erlaubt.', 'Schreiben Sie den Wert an jeder Stelle aus.')],
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** Reads a Markdown file with YAML frontmatter. */
export function readMarkdown(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  if (text.trim() === '') {
    return { ok: false, problems: [problem(file, 1, 1, 'Die Datei ist leer.', 'Kopieren Sie eine vorhandene Datei derselben Sammlung als Vorlage oder löschen Sie die leere Datei.')] };
  }
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!FENCE.test(first)) {
    if (/^---\s*\S/.test(first)) {
      return { ok: false, problems: [problem(file, 1, 4, `Ausführbare Frontmatter („${first.trim()}“) ist nicht erlaubt: Inhalte sind Daten, kein Programmcode.`, 'Die erste Zeile muss genau „---“ sein; schreiben Sie die Felder als YAML.')] };
    }
    if (/^\+\+\+/.test(first)) {
      return { ok: false, problems: [problem(file, 1, 1, 'TOML-Frontmatter („+++“) ist nicht erlaubt.', 'Beginnen und schließen Sie die Frontmatter mit „---“ und schreiben Sie die Felder als YAML.')] };
    }
    return { ok: false, problems: [problem(file, 1, 1, 'Die Datei beginnt nicht mit einer Frontmatter.', 'Die erste Zeile muss genau „---“ sein, darunter die Felder, dann wieder eine Zeile „---“ und danach der Text.')] };
  }
  // The closing fence: the next line that is exactly "---" (as Astro reads it).
  CLOSING_FENCE.lastIndex = firstEnd;
  const close = firstEnd < 0 ? null : CLOSING_FENCE.exec(text);
  if (!close) {
    return { ok: false, problems: [problem(file, 1, 1, 'Die Frontmatter wird nicht geschlossen: die zweite Zeile „---“ fehlt.', 'Setzen Sie nach dem letzten Feld eine Zeile, die nur „---“ enthält; danach folgt der Text.')] };
  }
  const yamlText = text.slice(firstEnd + 1, Math.max(firstEnd + 1, close.index));
  const checked = parseYaml(file, yamlText, 2);
  if (!checked.ok) return checked;
  const bodyStart = close.index + close[0].length;
  const closeLine = 2 + countLines(yamlText, close.index > firstEnd);
  return {
    ok: true,
    source: { data: checked.data, yamlText, yamlStartLine: 2, body: text.slice(bodyStart), bodyStartLine: closeLine + 1 },
  };
}

const CLOSING_FENCE = /\n---[ \t]*(?:\n|$)/g;

/** Lines of the YAML block: its newlines plus one when it is not empty. */
function countLines(block: string, nonEmpty: boolean): number {
  let n = nonEmpty ? 1 : 0;
  for (let i = block.indexOf('\n'); i >= 0; i = block.indexOf('\n', i + 1)) n++;
  return n;
}

/** Reads a plain YAML file (the settings). */
export function readYaml(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') {
    return { ok: false, problems: [problem(file, 1, 1, 'Die Datei ist leer.', 'Die Einstellungen müssen alle Pflichtfelder enthalten.')] };
  }
  const parsed = parseYaml(file, decoded.text, 1);
  if (!parsed.ok) return parsed;
  return { ok: true, source: { data: parsed.data, yamlText: decoded.text, yamlStartLine: 1, body: '', bodyStartLine: 1 } };
}

export { YAML_SCHEMA };
