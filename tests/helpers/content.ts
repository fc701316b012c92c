/** Temporary content folders: the valid fixture base plus one file under test. */
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
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
