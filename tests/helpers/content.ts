/** Temporary content folders: the valid fixture base plus one file under test. */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of tests/fixtures/basis, optionally with fixture files placed into collections. */
export function contentWith(files: { fixture: string; as: string }[] = []): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inhalt-'));
  made.push(dir);
  cpSync(path.join(FIXTURES, 'basis'), dir, { recursive: true });
  for (const f of files) copyFileSync(path.join(FIXTURES, 'fehler', f.fixture), path.join(dir, f.as));
  return dir;
}

/** A copy of tests/fixtures/basis with files written from text (path below the content folder → text). */
export function contentWithText(files: Record<string, string>): string {
  const dir = contentWith();
  for (const [as, text] of Object.entries(files)) writeFileSync(path.join(dir, as), text);
  return dir;
}

/** The base fixture's project file with some of its lines replaced (exact line text → new lines). */
export function testprojektWith(replace: Record<string, string>): string {
  let text = readFileSync(path.join(FIXTURES, 'basis/projekte/testprojekt.md'), 'utf8');
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`fixture line not found: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}
