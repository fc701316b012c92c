/**
 * Finds the line of a value in block-style YAML from its path (e.g.
 * ["beteiligte", 1, "status"]), so that schema errors name a line. Where the
 * path cannot be followed (flow style, missing key) it answers the deepest
 * line it reached: the parent of a missing field.
 */
import type { PathSegment } from './zod-walk.ts';

export interface Position {
  /** 1-based line within the YAML text. */
  line: number;
  /** 1-based column. */
  column: number;
}

interface Scope {
  start: number;
  end: number;
  /** The first line belongs to the value (a list item "- key: …"), not to its parent key. */
  includeStart: boolean;
}

const KEY_LINE = /^(\s*(?:-\s+)*)(["']?)([^\s#"':][^:]*?)\2\s*:(?:\s|$)/;
const ITEM_LINE = /^(\s*)-(?:\s|$)/;

const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const indentOf = (line: string) => line.length - line.trimStart().length;

export function locate(yaml: string, path: readonly PathSegment[]): Position {
  const lines = yaml.split('\n');
  let scope: Scope = { start: 0, end: lines.length, includeStart: true };
  let found: Position = { line: 1, column: 1 };
  const firstContent = lines.findIndex(isContent);
  if (firstContent >= 0) found = { line: firstContent + 1, column: indentOf(lines[firstContent]!) + 1 };

  for (const segment of path) {
    const next = typeof segment === 'number' ? findItem(lines, scope, segment) : findKey(lines, scope, segment);
    if (!next) break;
    found = { line: next.line + 1, column: next.column + 1 };
    scope = next.scope;
  }
  return found;
}

function findKey(lines: string[], scope: Scope, key: string) {
  const keys: { line: number; column: number; key: string }[] = [];
  for (let i = scope.includeStart ? scope.start : scope.start + 1; i < scope.end; i++) {
    const m = KEY_LINE.exec(lines[i]!);
    if (m && isContent(lines[i]!)) keys.push({ line: i, column: m[1]!.length, key: m[3]! });
  }
  if (keys.length === 0) return undefined;
  const column = Math.min(...keys.map((k) => k.column));
  const hit = keys.find((k) => k.column === column && k.key === key);
  if (!hit) return undefined;
  let end = hit.line + 1;
  while (end < scope.end) {
    const line = lines[end]!;
    if (isContent(line)) {
      const indent = indentOf(line);
      if (indent < column || (indent === column && !ITEM_LINE.test(line))) break;
    }
    end++;
  }
  return { line: hit.line, column, scope: { start: hit.line, end, includeStart: false } };
}

function findItem(lines: string[], scope: Scope, index: number) {
  const items: { line: number; column: number }[] = [];
  for (let i = scope.includeStart ? scope.start : scope.start + 1; i < scope.end; i++) {
    const m = ITEM_LINE.exec(lines[i]!);
    if (m) items.push({ line: i, column: m[1]!.length });
  }
  if (items.length === 0) return undefined;
  const column = Math.min(...items.map((it) => it.column));
  const siblings = items.filter((it) => it.column === column);
  const hit = siblings[index];
  if (!hit) return undefined;
  const nextSibling = siblings[index + 1];
  return { line: hit.line, column: hit.column + 2, scope: { start: hit.line, end: nextSibling?.line ?? scope.end, includeStart: true } };
}
