/**
 * Turns zod issues into located German messages: the field's label, what is
 * wrong and how to fix it (allowed values, nearest known field name).
 */
import type { z } from 'zod';
import { KEINE_ANGABE } from '../schemas/fields.ts';
import { nearest } from './nearest.ts';
import { problem, type Problem } from './problem.ts';
import type { SourceFile } from './read-source.ts';
import { locate } from './yaml-locate.ts';
import { rawValueOf } from './yaml-text.ts';
import { allowedValues, fieldMeta, kindOf, objectShape, schemaAt, type PathSegment } from './zod-walk.ts';

/** Extra advice for fields editors are likely to add by mistake. */
const FIELD_ADVICE: Record<string, string> = {
  prioritaet: 'Die Priorität eines Projekts ergibt sich aus seinem Themenfeld und wird dort gepflegt.',
  id: 'Die Kennung ist der Dateiname; sie steht nicht in der Frontmatter.',
  slug: 'Die Adresse ergibt sich aus dem Dateinamen; sie steht nicht in der Frontmatter.',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “)',
  object: 'eine Gruppe von Feldern (eingerückt)',
  date: 'ein Datum',
};

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A fix for values editors write in everyday German forms (29.06.2021, 5.000,50, leading zeros). */
function everydayFix(value: unknown, raw: string | undefined, key: string): string | undefined {
  const german = typeof value === 'string' ? GERMAN_DATE.exec(value.trim()) : null;
  if (german) return `Schreiben Sie das Datum als ${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}.`;
  if (typeof value === 'number' && raw !== undefined && /^[0-9]/.test(raw) && raw !== String(value)) {
    return `YAML liest „${raw}“ als Zahl ${value}. Setzen Sie den Wert in Anführungszeichen: ${key}: "${raw}".`;
  }
  if (typeof value === 'string' && /^[0-9][0-9.]*,[0-9]+$|^[0-9]{1,3}(\.[0-9]{3})+$/.test(value.trim())) {
    return `Schreiben Sie die Zahl ohne Tausenderpunkt und mit Punkt statt Komma, z. B. ${value.trim().replace(/\./g, '').replace(',', '.')}.`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'ein leerer Wert';
  if (Array.isArray(value)) return 'eine Liste';
  if (value instanceof Date) return 'ein Datum';
  if (typeof value === 'object') return 'eine Gruppe von Feldern';
  if (typeof value === 'number') return `die Zahl ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `der Text „${String(value)}“`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function fieldName(path: readonly PathSegment[]): string {
  const out: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') out.push(`${out.pop() ?? ''}[${segment + 1}]`);
    else out.push(segment);
  }
  return out.join('.') || '(Frontmatter)';
}

function labelOf(schema: z.ZodType, path: readonly PathSegment[]): string {
  const key = [...path].reverse().find((s) => typeof s === 'string');
  const field = schemaAt(schema, path);
  const title = field ? fieldMeta(field).title : undefined;
  const name = fieldName(path);
  return title && key ? `„${title}“ (${name})` : `„${name}“`;
}

function helpOf(schema: z.ZodType, path: readonly PathSegment[]): string | undefined {
  const field = schemaAt(schema, path);
  return field ? fieldMeta(field).description : undefined;
}

function allowsUnknown(schema: z.ZodType, path: readonly PathSegment[]): boolean {
  const field = schemaAt(schema, path);
  return !!field && allowedValues(field).includes(KEINE_ANGABE);
}

type Issue = z.core.$ZodIssue;

/** For "X or keine Angabe" unions, report what is wrong with X. */
function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return [issue];
  const branches = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_value' && i.values?.includes(KEINE_ANGABE)));
  const best = branches[0] ?? issue.errors[0]!;
  return best.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

export function schemaProblems(file: string, source: SourceFile, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [];
  const all = issues.flatMap(unwrapUnion);
  // A mistyped field name shows up twice: unknown "titl" and missing "titel". Report it once.
  const guessed = new Set<string>();
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const shape = schemaAt(schema, issue.path as PathSegment[]);
    const known = shape ? Object.keys(objectShape(shape) ?? {}) : [];
    for (const key of issue.keys) {
      const guess = nearest(key, known);
      if (guess) guessed.add(JSON.stringify([...issue.path, guess]));
    }
  }
  const at = (path: readonly PathSegment[]) => {
    const pos = locate(source.yamlText, path);
    return { line: source.yamlStartLine + pos.line - 1, column: pos.column };
  };
  const rawAt = (path: readonly PathSegment[]) => {
    const pos = locate(source.yamlText, path);
    const raw = rawValueOf(source.yamlText.split('\n')[pos.line - 1] ?? '');
    return raw?.value.replace(/\s+#.*$/, '');
  };
  for (const issue of all) {
    const path = issue.path as PathSegment[];
    const value = valueAt(source.data, path);
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined && guessed.has(JSON.stringify(path))) continue;
    const label = labelOf(schema, path);
    const fix = everydayFix(value, rawAt(path), String(path.at(-1) ?? ''));
    const help = fix ?? helpOf(schema, path);
    const orUnknown = allowsUnknown(schema, path) && !help?.includes(KEINE_ANGABE) ? ` Ist der Wert unbekannt, schreiben Sie „${KEINE_ANGABE}“.` : '';

    if (issue.code === 'unrecognized_keys') {
      const shape = schemaAt(schema, path);
      const known = shape ? Object.keys(objectShape(shape) ?? {}) : [];
      for (const key of issue.keys) {
        const { line, column } = at([...path, key]);
        const guess = nearest(key, known);
        const advice = FIELD_ADVICE[key];
        const missing = guess !== undefined && valueAt(source.data, [...path, guess]) === undefined;
        out.push(
          problem(file, line, column, `Unbekanntes Feld „${key}“${path.length ? ` in ${fieldName(path)}` : ''}.`,
            [guess ? `Meinten Sie „${guess}“?${missing ? ` (Das Pflichtfeld „${guess}“ fehlt.)` : ''}` : undefined, advice, `Erlaubte Felder: ${known.join(', ')}.`].filter(Boolean).join(' ')),
        );
      }
      continue;
    }

    const { line, column } = at(path);
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) {
      out.push(problem(file, line, column, `Pflichtfeld ${label} fehlt.`, `Ergänzen Sie eine Zeile „${String(path.at(-1))}: …“.${help ? ` ${help}` : ''}${orUnknown}`));
    } else if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      out.push(problem(file, line, column, `${label}: erwartet ist ${expected}, gefunden ${describeValue(value)}.`, `${help ?? ''}${orUnknown}`.trim() || undefined));
    } else if (issue.code === 'invalid_value') {
      const field = schemaAt(schema, path);
      const allowed = field ? allowedValues(field) : issue.values.map(String);
      const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
      out.push(
        problem(file, line, column, `${label}: ${describeValue(value)} ist kein erlaubter Wert.`,
          `${guess ? `Meinten Sie „${guess}“? ` : ''}Erlaubt: ${allowed.map((v) => `„${v}“`).join(', ')}.`),
      );
    } else if (issue.code === 'too_small') {
      const what = kindOf(schemaAt(schema, path) ?? ({} as z.ZodType)) === 'array' || Array.isArray(value)
        ? `braucht mindestens ${issue.minimum} Eintrag/Einträge`
        : typeof value === 'string' ? 'darf nicht leer sein' : `muss mindestens ${issue.minimum} sein`;
      out.push(problem(file, line, column, `${label} ${what}.`, help));
    } else if (issue.code === 'too_big') {
      out.push(problem(file, line, column, `${label} ist zu groß (höchstens ${issue.maximum}).`, help));
    } else {
      // invalid_format, custom and the rest carry our own German messages from the schema.
      out.push(problem(file, line, column, `${label}: ${issue.message}.`.replace(/\.\.$/, '.'), `${help ?? ''}${orUnknown}`.trim() || undefined));
    }
  }
  return out;
}
