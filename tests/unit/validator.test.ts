import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExecutableFrontmatterError, grayMatter } from '../../src/validation/read-source.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWith, FIXTURES } from '../helpers/content.ts';

/** Validates the base fixture plus one broken file; returns the problems as "file:line:column message". */
function check(fixture: string, as: string) {
  const dir = contentWith([{ fixture, as }]);
  const result = validateContent({ contentDir: dir, cwd: dir });
  return result.problems;
}

describe('validator: valid content', () => {
  it('accepts the base fixture without any problem', () => {
    const dir = contentWith();
    expect(validateContent({ contentDir: dir, cwd: dir }).problems).toEqual([]);
  });

  it('accepts the real content in content/ without errors, with one entry per file', () => {
    const result = validateContent({ contentDir: path.resolve('content') });
    expect(result.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    for (const c of ['kommunen', 'themenfelder', 'projekte', 'quellen']) {
      expect(result.entries.filter((e) => e.collection === c), c).toHaveLength(readdirSync(path.join('content', c)).length);
    }
  });

  it('treats code blocks and inline code as text', () => {
    expect(check('code-ist-text.md', 'projekte/code-ist-text.md')).toEqual([]);
  });

  it('accepts a byte order mark and Windows line endings', () => {
    expect(check('crlf-und-bom.md', 'projekte/crlf-und-bom.md')).toEqual([]);
  });
});

/** Each rule: fixture, where it goes, and the one located message it must produce. */
const RULES: { rule: string; fixture: string; as: string; line: number; message: RegExp; hint?: RegExp }[] = [
  { rule: 'enum value', fixture: 'status-unbekannt.md', as: 'projekte/status-unbekannt.md', line: 9, message: /„Status“ \(status\.wert\): der Text „laufend“ ist kein erlaubter Wert/, hint: /Erlaubt: „vorgeschlagen“.*„in-umsetzung“/ },
  { rule: 'mistyped field name', fixture: 'feldname-vertippt.md', as: 'projekte/feldname-vertippt.md', line: 2, message: /Unbekanntes Feld „titl“/, hint: /Meinten Sie „titel“\?/ },
  { rule: 'priority stored twice', fixture: 'prioritaet-im-projekt.md', as: 'projekte/prioritaet-im-projekt.md', line: 3, message: /Unbekanntes Feld „prioritaet“/, hint: /ergibt sich aus seinem Themenfeld/ },
  { rule: 'missing required field', fixture: 'pflichtfeld-fehlt.md', as: 'projekte/pflichtfeld-fehlt.md', line: 2, message: /Pflichtfeld „Kurzbeschreibung“ \(beschreibung\) fehlt/ },
  { rule: 'broken reference', fixture: 'verweis-vertippt.md', as: 'projekte/verweis-vertippt.md', line: 4, message: /Verweis auf „testfelt“: in Themenfelder gibt es keinen Eintrag/, hint: /Meinten Sie „testfeld“\?/ },
  { rule: 'impossible date', fixture: 'datum-unmoeglich.md', as: 'projekte/datum-unmoeglich.md', line: 13, message: /„Beginn“ \(zeitraum\.beginn\): Kein gültiges Datum/ },
  { rule: 'duplicate key', fixture: 'schluessel-doppelt.md', as: 'projekte/schluessel-doppelt.md', line: 7, message: /Ein Feld steht zweimal/ },
  { rule: 'missing closing fence', fixture: 'ohne-schluss.md', as: 'projekte/ohne-schluss.md', line: 1, message: /die zweite Zeile „---“ fehlt/ },
  { rule: 'empty file', fixture: 'leer.md', as: 'projekte/leer.md', line: 1, message: /Die Datei ist leer/ },
  { rule: 'file name as id', fixture: 'Grossbuchstaben.md', as: 'projekte/Grossbuchstaben.md', line: 1, message: /Dateiname „Grossbuchstaben\.md“ ist als Adresse nicht erlaubt/, hint: /„grossbuchstaben\.md“/ },
  { rule: 'citation of an unknown source', fixture: 'quellenverweis-vertippt.md', as: 'projekte/quellenverweis-vertippt.md', line: 18, message: /Quellenverweis „quelle:testvorlge“/, hint: /Meinten Sie „quelle:testvorlage“/ },
  { rule: 'non-UTF-8 bytes', fixture: 'latin1.md', as: 'projekte/latin1.md', line: 2, message: /kein UTF-8/ },
  { rule: 'TOML frontmatter', fixture: 'toml-frontmatter.md', as: 'projekte/toml-frontmatter.md', line: 1, message: /TOML-Frontmatter/ },
  { rule: 'YAML anchors', fixture: 'yaml-anker.md', as: 'projekte/yaml-anker.md', line: 11, message: /YAML-Anker und -Verweise/ },
  { rule: 'script in the text', fixture: 'skript-im-text.md', as: 'projekte/skript-im-text.md', line: 20, message: /Skripte \(<script>\) sind im Text nicht erlaubt/ },
  { rule: 'event-handler attribute', fixture: 'ereignis-attribut.md', as: 'projekte/ereignis-attribut.md', line: 18, message: /Attribut „onerror“/ },
  { rule: 'javascript: address', fixture: 'javascript-link.md', as: 'projekte/javascript-link.md', line: 18, message: /Adressen mit „javascript:“/ },
  { rule: 'javascript: address hidden by a character reference', fixture: 'javascript-link-kodiert.md', as: 'projekte/javascript-link-kodiert.md', line: 18, message: /Adressen mit „javascript:“/ },
  { rule: 'image from another host', fixture: 'fremdes-bild.md', as: 'projekte/fremdes-bild.md', line: 18, message: /Bilder von anderen Servern/ },
  { rule: 'embedded frame', fixture: 'iframe.md', as: 'projekte/iframe.md', line: 18, message: /<iframe> ist im Text nicht erlaubt/ },
  { rule: 'former id that is still in use', fixture: 'alias-belegt.md', as: 'projekte/alias-belegt.md', line: 3, message: /frühere Kennung „testprojekt“ ist die Kennung eines bestehenden Eintrags/ },
  { rule: 'id that collides with a route', fixture: 'reservierte-kennung.md', as: 'seiten/projekte.md', line: 1, message: /bereits eine feste Adresse der Website \(\/projekte\/\)/ },
];

describe('ids that would collide with the page links of split lists', () => {
  it.each(['projekte', 'kommunen', 'quellen'])('rejects %s/seite.md, since page 2 of the list lives at /%s/seite/2/', (sammlung) => {
    const dir = contentWith();
    const source = sammlung === 'projekte' ? 'projekte/testprojekt.md' : `${sammlung}/${readdirSync(path.join(dir, sammlung))[0]}`;
    copyFileSync(path.join(dir, source), path.join(dir, sammlung, 'seite.md'));
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems.filter((p) => p.file === `${sammlung}/seite.md`);
    expect(problems.map((p) => p.message)).toEqual([`Der Dateiname „seite.md“ ist bereits eine feste Adresse der Website (/${sammlung}/seite/).`]);
  });
});

describe('validator: every rule names file, line and fix', () => {
  it.each(RULES)('$rule', ({ fixture, as, line, message, hint }) => {
    const problems = check(fixture, as);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file).toBe(as);
    expect(p!.line).toBe(line);
    expect(p!.message).toMatch(message);
    if (hint) expect(p!.hint).toMatch(hint);
    expect(p!.severity).toBe('fehler');
  });

  it('reports five different mistakes in one file as five located messages', () => {
    const problems = check('fuenf-fehler.md', 'projekte/fuenf-fehler.md');
    expect(problems.map((p) => [p.line, p.column])).toEqual([[4, 1], [5, 1], [8, 1], [11, 3], [12, 3]]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/Verweis auf „testfeldd“/),
      expect.stringMatching(/„irgendwie“ ist kein erlaubter Wert/),
      expect.stringMatching(/Unbekanntes Feld „farbe“/),
      expect.stringMatching(/„Stand des Status“ \(status\.stand\): Kein gültiges Datum/),
      expect.stringMatching(/Verweis auf „unbekannte-quelle“: in Quellen/),
    ]);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['projekte/fuenf-fehler.md']));
  });

  it('reports problems in several files at once', () => {
    const dir = contentWith([
      { fixture: 'status-unbekannt.md', as: 'projekte/a.md' },
      { fixture: 'leer.md', as: 'projekte/b.md' },
    ]);
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    expect(problems.map((p) => p.file)).toEqual(['projekte/a.md', 'projekte/b.md']);
  });

  it('rejects the same former id in two entries', () => {
    const dir = contentWith([{ fixture: 'alias-belegt.md', as: 'projekte/a.md' }, { fixture: 'alias-belegt.md', as: 'projekte/b.md' }]);
    writeFileSync(path.join(dir, 'projekte/a.md'), readFileSync(path.join(dir, 'projekte/a.md'), 'utf8').replace('[testprojekt]', '[alt]'));
    writeFileSync(path.join(dir, 'projekte/b.md'), readFileSync(path.join(dir, 'projekte/b.md'), 'utf8').replace('[testprojekt]', '[alt]'));
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual(['projekte/b.md:3 Die frühere Kennung „alt“ steht auch in projekte/a.md.']);
  });

  it('requires the pages every page links to', () => {
    const dir = contentWith();
    rmSync(path.join(dir, 'seiten/impressum.md'));
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/Pflichtseite seiten\/impressum\.md fehlt/);
  });

  it('checks only the named files, but still resolves their references against all files', () => {
    const dir = contentWith([
      { fixture: 'verweis-vertippt.md', as: 'projekte/verweis-vertippt.md' },
      { fixture: 'leer.md', as: 'projekte/leer.md' },
    ]);
    const only = [path.join(dir, 'projekte/verweis-vertippt.md'), path.join(dir, 'projekte/testprojekt.md')];
    const problems = validateContent({ contentDir: dir, cwd: dir, only }).problems;
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['projekte/verweis-vertippt.md:4']);
  });
});

describe('frontmatter is data, never code', () => {
  for (const fixture of ['javascript-frontmatter.md', 'javascript-frontmatter-2.md']) {
    it(`rejects ${fixture} without evaluating it`, () => {
      delete (globalThis as Record<string, unknown>).__frontmatterEvaluated;
      const problems = check(fixture, `projekte/${fixture}`);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/Ausführbare Frontmatter/);
      expect((globalThis as Record<string, unknown>).__frontmatterEvaluated).toBeUndefined();
    });
  }

  it('denies both of gray-matter\'s JavaScript engines', () => {
    delete (globalThis as Record<string, unknown>).__frontmatterEvaluated;
    for (const opener of ['---js', '---javascript']) {
      const source = `${opener}\n{ titel: (globalThis.__frontmatterEvaluated = true, "x") }\n---\n`;
      expect(() => grayMatter(source)).toThrow(ExecutableFrontmatterError);
    }
    expect((globalThis as Record<string, unknown>).__frontmatterEvaluated).toBeUndefined();
  });
});

describe('validator messages', () => {
  it('never print "undefined", "NaN" or "[object …]" for any broken fixture', () => {
    for (const fixture of readdirSync(path.join(FIXTURES, 'fehler'))) {
      const as = fixture.endsWith('.mdx') ? `seiten/${fixture}` : `projekte/${fixture}`;
      for (const p of check(fixture, as)) expect(`${p.message} ${p.hint ?? ''}`, fixture).not.toMatch(/undefined|NaN|\[object /);
    }
  });
});
