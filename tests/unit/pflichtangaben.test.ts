/** The publish check names, in German, each § 5 DDG fact the publisher still has to fill in. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fehlendePflichtangaben } from '../../scripts/pflichtangaben.ts';
import { ohnePlatzhalter } from '../../src/data/pflichtseiten.ts';

function ordner(herausgeber: string, impressum: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pflicht-'));
  mkdirSync(path.join(dir, 'seiten'));
  writeFileSync(path.join(dir, 'einstellungen.yaml'), `titel: T\nherausgeber: ${herausgeber}\n`);
  writeFileSync(path.join(dir, 'seiten', 'impressum.md'), impressum);
  return dir;
}
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/pflichtangaben.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });

describe('publisher facts (§ 5 DDG)', () => {
  it('names the missing setting and the Impressum line', () => {
    const dir = ordner('keine Angabe', '---\ntitel: Impressum\n---\n\nHerausgeber: **keine Angabe**.\n');
    const fehlend = fehlendePflichtangaben(dir);
    expect(fehlend.join('\n')).toMatch(/einstellungen\.yaml, Feld „herausgeber“/);
    expect(fehlend.join('\n')).toMatch(/impressum\.md, Zeile 5/);
  });

  it('stops a publishing build but only warns otherwise', () => {
    const dir = ordner('keine Angabe', 'Herausgeber: keine Angabe\n');
    const streng = run(dir, '--veroeffentlichen');
    expect(streng.status).toBe(1);
    expect(streng.stderr).toMatch(/wird nicht veröffentlicht/);
    expect(run(dir).status).toBe(0);
  });

  it('passes when the facts are filled in', () => {
    const dir = ordner('Musterbehörde', 'Herausgeber: Musterbehörde, Musterstraße 1\n');
    expect(fehlendePflichtangaben(dir)).toEqual([]);
    expect(run(dir, '--veroeffentlichen').status).toBe(0);
  });

  it('drops placeholder paragraphs from a legal page, keeps the rest', () => {
    expect(ohnePlatzhalter('<p>Bleibt.</p>\n<p>Kontakt: <strong>keine Angabe</strong>.</p>\n<p>Auch.</p>')).toBe('<p>Bleibt.</p>\n<p>Auch.</p>');
  });
});
