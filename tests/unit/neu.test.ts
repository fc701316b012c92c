import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWith } from '../helpers/content.ts';

function neu(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/neu.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run neu', () => {
  it('creates a project file named after the title, with a comment for every field, and names what is still to fill', () => {
    const dir = contentWith();
    const { code, out } = neu(dir, 'projekt', 'Öffentliches WLAN für Dörfer', '--quelle', 'testvorlage');
    expect(code).toBe(0);
    const file = path.join(dir, 'projekte/oeffentliches-wlan-fuer-doerfer.md');
    expect(out).toMatch(/Angelegt: .*projekte\/oeffentliches-wlan-fuer-doerfer\.md/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\n# Titel: Name des Projekts\.\ntitel: Öffentliches WLAN für Dörfer\n/);
    expect(text).toMatch(/# Status: Stand des Projekts laut der jüngsten Quelle\. Erlaubt: vorgeschlagen/);
    expect(text).toContain('themenfeld: keine Angabe');
    // A text that needs a real value is left empty, never pre-filled with "keine Angabe".
    expect(text).toMatch(/\nbeschreibung:\n/);
    expect(text).not.toContain('<!--');
    expect(out).toMatch(/Bitte noch ausfüllen:\n.*oeffentliches-wlan-fuer-doerfer\.md:\d+:1: Fehler: „Kurzbeschreibung“ \(beschreibung\)/);
    // Filled in, the file is valid.
    writeFileSync(file, text.replace('\nbeschreibung:\n', '\nbeschreibung: Freies WLAN in den Ortskernen.\n'));
    expect(validateContent({ contentDir: dir, cwd: dir }).problems).toEqual([]);
  });

  it('leaves fields without a safe default empty and names them', () => {
    const dir = contentWith();
    const { code, out } = neu(dir, 'quelle', 'Pressemitteilung 1/2024');
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'quellen/pressemitteilung-1-2024.md'))).toBe(true);
    expect(out).toMatch(/Bitte noch ausfüllen:\n.*quellen\/pressemitteilung-1-2024\.md:\d+:1: Fehler: „Art der Quelle“ \(art\)/);
  });

  it('never overwrites an existing file and explains how to call it', () => {
    const dir = contentWith();
    expect(neu(dir, 'projekt', 'Testprojekt', '--quelle', 'testvorlage')).toMatchObject({ code: 1, out: expect.stringMatching(/gibt es schon/) });
    expect(readFileSync(path.join(dir, 'projekte/testprojekt.md'), 'utf8')).toMatch(/titel: Testprojekt/);
    expect(neu(dir, 'irgendwas', 'X')).toMatchObject({ code: 1, out: expect.stringMatching(/Aufruf: npm run neu -- <projekt\|/) });
  });
});
