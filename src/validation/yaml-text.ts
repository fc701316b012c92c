/**
 * Frontmatter lines that YAML reads differently from what an editor meant:
 * a value cut off at " #" (the rest becomes a comment), "5.000" read as the
 * number 5, and characters from word processors (non-breaking spaces,
 * typographic quotes) that break the structure. These checks read the YAML
 * text line by line, since the parsed data no longer shows what was written.
 */
import { problem, type Problem } from './problem.ts';

/** `key: value` or `- value` / `- key: value`, with the value's start column. */
const VALUE_LINE = /^(\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s#"'][^:#]*?)\s*:\s+)?)(\S.*)$/;
const PLAIN_START = /^[^"'[{|>&*!%@`#]/;
const GERMAN_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
const NBSP = /[\u00a0\u202f\u2007]/;
const TYPOGRAPHIC_QUOTES = /[“”„‚‘’«»]/;

interface Line {
  /** 1-based line in the YAML text. */
  number: number;
  text: string;
}

const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * Lines that start a value in the frontmatter: not comments, not the text of a
 * block scalar ("|" or ">") and not the continuation of a quoted value.
 */
function valueLines(yamlText: string): Line[] {
  const out: Line[] = [];
  let blockIndent = -1;
  let openQuote: string | undefined;
  yamlText.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    if (blockIndent >= 0 && indentOf(text) > blockIndent) return;
    blockIndent = -1;
    if (openQuote) {
      if (closesQuote(text, openQuote)) openQuote = undefined;
      return;
    }
    if (text.trimStart().startsWith('#')) return;
    out.push({ number: i + 1, text });
    const raw = rawValueOf(text);
    if (!raw) return;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(raw.value)) blockIndent = indentOf(text);
    else if ((raw.value[0] === '"' || raw.value[0] === "'") && !closesQuote(raw.value.slice(1), raw.value[0])) openQuote = raw.value[0];
  });
  return out;
}

/** Whether the text contains the closing quote (an unescaped " or a ' that is not doubled). */
function closesQuote(text: string, quote: string): boolean {
  const body = quote === '"' ? text.replace(/\\./g, '') : text.replace(/''/g, '');
  return body.includes(quote);
}

/** The raw value written on a line (after "key:" or "- "), or undefined. */
export function rawValueOf(line: string): { value: string; column: number } | undefined {
  const m = VALUE_LINE.exec(line);
  if (!m) return undefined;
  return { value: m[2]!, column: m[1]!.length + 1 };
}

/** Problems of lines that parse but do not say what the editor wrote. */
export function yamlTextProblems(file: string, yamlText: string, startLine: number): Problem[] {
  const out: Problem[] = [];
  for (const line of valueLines(yamlText)) {
    const raw = rawValueOf(line.text);
    if (!raw || !PLAIN_START.test(raw.value)) continue;
    const at = startLine + line.number - 1;
    const comment = raw.value.search(/\s#/);
    if (comment > 0) {
      const kept = raw.value.slice(0, comment).trim();
      out.push(
        problem(file, at, raw.column + comment + 1, `Der Wert endet hier bei „${kept}“: YAML liest „ #“ und alles danach als Kommentar, das wird nicht veröffentlicht.`,
          `Setzen Sie den ganzen Wert in Anführungszeichen, z. B. "${raw.value.replace(/"/g, '\\"')}". War es ein Kommentar, schreiben Sie ihn in eine eigene Zeile.`),
      );
      continue;
    }
    if (GERMAN_THOUSANDS.test(raw.value)) {
      const digits = raw.value.replace(/\./g, '');
      out.push(
        problem(file, at, raw.column, `„${raw.value}“ liest YAML als Dezimalzahl ${Number(raw.value)}, nicht als ${Number(digits).toLocaleString('de-DE')}.`,
          `Schreiben Sie Zahlen ohne Tausenderpunkt: ${digits}.`),
      );
    }
  }
  return out;
}

/** A field name followed by a colon without a space ("stand:2024"), near the line of a YAML error. */
export function missingSpaceAfterColon(yamlText: string, line: number): { line: number; column: number; key: string } | undefined {
  const lines = yamlText.split('\n');
  for (const n of [line, line - 1, line - 2]) {
    const m = /^(\s*(?:-\s+)?)([a-z_]+):(?=[^\s/])/.exec(lines[n - 1] ?? '');
    if (m) return { line: n, column: m[1]!.length + m[2]!.length + 2, key: m[2]! };
  }
  return undefined;
}

/**
 * The cause of a YAML error that editors cannot see: a non-breaking space or
 * typographic quotes (from Word or a web page) on the line of the error or the one before.
 */
export function invisibleCause(yamlText: string, line: number): { line: number; column: number; cause: string; fix: string } | undefined {
  const lines = yamlText.split('\n');
  for (const n of [line, line - 1, line + 1]) {
    const text = lines[n - 1];
    if (text === undefined) continue;
    const nbsp = text.search(NBSP);
    if (nbsp >= 0) {
      return { line: n, column: nbsp + 1, cause: 'ein geschütztes Leerzeichen (oft aus Word oder einer Webseite kopiert)', fix: 'Löschen Sie das Leerzeichen an dieser Stelle und tippen Sie ein normales Leerzeichen.' };
    }
    const raw = rawValueOf(text);
    const quote = raw ? raw.value.search(TYPOGRAPHIC_QUOTES) : -1;
    if (raw && quote === 0) {
      return { line: n, column: raw.column, cause: 'typografische Anführungszeichen („…“ oder “…”), die YAML nicht als Anführungszeichen erkennt', fix: 'Umschließen Sie den Wert mit geraden Anführungszeichen "…"; typografische Anführungszeichen dürfen innerhalb stehen.' };
    }
  }
  return undefined;
}
