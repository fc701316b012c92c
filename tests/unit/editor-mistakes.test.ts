/**
 * Mistakes editors make in the frontmatter that YAML or the schema used to accept silently or report
 * in English: each is reported by the validator with file, line and a German fix.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWithText, FIXTURES, testprojektWith } from '../helpers/content.ts';

const fixture = (file: string) => readFileSync(path.join(FIXTURES, 'basis', file), 'utf8');

interface Case {
  mistake: string;
  files: Record<string, string>;
  file: string;
  line: number;
  message: RegExp;
  hint: RegExp;
}

const CASES: Case[] = [
  {
    mistake: 'a title cut off by YAML at " #"',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': 'titel: Wettbewerb #2 für Schulen\n' }) },
    file: 'projekte/testprojekt.md', line: 2,
    message: /Der Wert endet hier bei „Wettbewerb“/, hint: /Anführungszeichen, z\. B\. "Wettbewerb #2 für Schulen"/,
  },
  {
    mistake: 'a sum with a German thousands separator',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'quellen: [testvorlage]\n---': 'foerderung:\n  - programm: Testprogramm\n    geber: Testministerium\n    betrag: 5.000\n    quellen: [testvorlage]\nquellen: [testvorlage]\n---' }) },
    file: 'projekte/testprojekt.md', line: 23,
    message: /„5\.000“ liest YAML als Dezimalzahl 5, nicht als 5\.000/, hint: /ohne Tausenderpunkt: 5000/,
  },
  {
    mistake: '"keine Angabe" as a title',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': 'titel: keine Angabe\n' }) },
    file: 'projekte/testprojekt.md', line: 2,
    message: /„Titel“ \(titel\): „keine Angabe“ ist hier kein möglicher Wert/, hint: /Name des Projekts/,
  },
  {
    mistake: 'a status documented for a date in the future',
    files: { 'projekte/testprojekt.md': testprojektWith({ '  stand: 2024-05\n': '  stand: 2999-05\n' }) },
    file: 'projekte/testprojekt.md', line: 10,
    message: /„Stand des Status“ \(status\.stand\): Das Datum liegt in der Zukunft/, hint: /jüngsten Quelle/,
  },
  {
    mistake: 'an end before the start',
    files: { 'projekte/testprojekt.md': testprojektWith({ '  ende: keine Angabe\n': '  ende: 2022-05\n' }) },
    file: 'projekte/testprojekt.md', line: 14,
    message: /„Ende“ \(zeitraum\.ende\): Das Ende \(2022-05\) liegt vor dem Beginn \(2023\)/, hint: /Projektende/,
  },
  {
    mistake: 'a Chronik event after today',
    files: { 'chronik/2021-06-29-beschluss.md': fixture('chronik/2021-06-29-beschluss.md').replace('datum: 2021-06-29', 'datum: 2999-06-29') },
    file: 'chronik/2021-06-29-beschluss.md', line: 3,
    message: /„Datum“ \(datum\): Das Datum liegt in der Zukunft/, hint: /Wann es geschah/,
  },
  {
    mistake: 'a German date',
    files: { 'chronik/2021-06-29-beschluss.md': fixture('chronik/2021-06-29-beschluss.md').replace('datum: 2021-06-29', 'datum: 29.06.2021') },
    file: 'chronik/2021-06-29-beschluss.md', line: 3,
    message: /„Datum“ \(datum\): Kein gültiges Datum/, hint: /^Schreiben Sie das Datum als 2021-06-29\.$/,
  },
  {
    mistake: 'a Vorlage number with a leading zero, read as a number',
    files: { 'kommunen/testdorf.md': fixture('kommunen/testdorf.md').replace('vorlage: TV/1/2021', 'vorlage: 0151') },
    file: 'kommunen/testdorf.md', line: 12,
    message: /„Vorlage“ \(beschluesse\[1\]\.vorlage\): erwartet ist ein Text, gefunden die Zahl 151/, hint: /Anführungszeichen: vorlage: "0151"/,
  },
  {
    mistake: 'a non-breaking space after the colon (copied from Word)',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'federfuehrung: Testkreis\n': 'federfuehrung:\u00a0Testkreis\n' }) },
    file: 'projekte/testprojekt.md', line: 7,
    message: /Ursache ist ein geschütztes Leerzeichen/, hint: /normales Leerzeichen/,
  },
  {
    mistake: 'typographic quotes around a value with a colon',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'beschreibung: Ein erfundenes Projekt.\n': 'beschreibung: “Ein Projekt: erfunden”\n' }) },
    file: 'projekte/testprojekt.md', line: 3,
    message: /Ursache ist typografische Anführungszeichen/, hint: /geraden Anführungszeichen "…"/,
  },
  {
    mistake: 'a tab in the indentation',
    files: { 'projekte/testprojekt.md': testprojektWith({ '  wert: in-umsetzung\n': '\twert: in-umsetzung\n' }) },
    file: 'projekte/testprojekt.md', line: 9,
    message: /Tabulator/, hint: /nur mit Leerzeichen/,
  },
  {
    mistake: 'a missing space after a colon in a nested field',
    files: { 'projekte/testprojekt.md': testprojektWith({ '  stand: 2024-05\n': '  stand:2024-05\n' }) },
    file: 'projekte/testprojekt.md', line: 10,
    message: /Nach „stand:“ fehlt ein Leerzeichen/, hint: /„stand: “ mit einem Leerzeichen/,
  },
  {
    mistake: 'change notes not newest first',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': 'titel: Testprojekt\naenderungen:\n  - datum: 2023-01-05\n    notiz: Älter.\n  - datum: 2024-02-01\n    notiz: Neuer.\n' }) },
    file: 'projekte/testprojekt.md', line: 6,
    message: /„Datum der Änderung“ \(aenderungen\[2\]\.datum\): Die neueste Änderung steht oben: 2024-02-01 ist neuer als 2023-01-05/, hint: /Tag, an dem die Änderung/,
  },
  {
    mistake: 'a change note dated in the future',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': 'titel: Testprojekt\naenderungen:\n  - datum: 2999-01-05\n    notiz: Später.\n' }) },
    file: 'projekte/testprojekt.md', line: 4,
    message: /Das Datum liegt in der Zukunft/, hint: /Tag, an dem die Änderung/,
  },
  {
    mistake: 'an empty change note',
    files: { 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': 'titel: Testprojekt\naenderungen:\n  - datum: 2024-01-05\n    notiz: ""\n' }) },
    file: 'projekte/testprojekt.md', line: 5,
    message: /„Notiz“ \(aenderungen\[1\]\.notiz\) darf nicht leer sein/, hint: /Was sich geändert hat/,
  },
];

/** English words of js-yaml's and zod's messages, and what a missing value prints. */
const ENGLISH = /\b(the|of|is|are|expected|mapping|stream|indentation|scalar|undefined|null|NaN|Invalid|received)\b/;

describe('validate: mistakes in the frontmatter', () => {
  it.each(CASES)('$mistake', ({ files, file, line, message, hint }) => {
    const dir = contentWithText(files);
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems.filter((p) => p.severity === 'fehler');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([expect.stringMatching(new RegExp(`^${file}:${line} .*${message.source}`))]);
    expect(problems[0]!.hint).toMatch(hint);
    expect(`${problems[0]!.message} ${problems[0]!.hint}`).not.toMatch(ENGLISH);
  });

  it('accepts what looks similar but is correct: quoted values, a "#" without a space before it, a year as a number', () => {
    const dir = contentWithText({
      'projekte/testprojekt.md': testprojektWith({
        'titel: Testprojekt\n': 'titel: "Wettbewerb #2 für Schulen"\n',
        'federfuehrung: Testkreis\n': 'federfuehrung: Testkreis#Nord # ein Kommentar in eigener Zeile folgt\n# Kommentar\n',
        '  beginn: "2023"\n': '  beginn: 2023\n',
        'quellen: [testvorlage]\n---': 'foerderung:\n  - programm: keine Angabe\n    geber: Testministerium\n    betrag: 5000\n    quellen: [testvorlage]\nquellen: [testvorlage]\n---',
      }),
    });
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    // The one deliberate trailing comment is the only finding.
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([expect.stringMatching(/^7 Der Wert endet hier bei „Testkreis#Nord“/)]);
  });

  it('never shows an English parser message for broken YAML', () => {
    const broken = ['titel: [Testprojekt', 'titel: "Testprojekt', 'titel: Test\n  unterfeld: eins', 'titel: !!binary x', 'titel: *anker', 'titel: "a\\qb"', ': nur Wert'];
    for (const line of broken) {
      const dir = contentWithText({ 'projekte/testprojekt.md': testprojektWith({ 'titel: Testprojekt\n': `${line}\n` }) });
      const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
      expect(problems.length, line).toBeGreaterThan(0);
      for (const p of problems) expect(`${p.message} ${p.hint ?? ''}`, line).not.toMatch(ENGLISH);
    }
  });
});

describe('validate: renaming an entry', () => {
  const renamed = (alias: boolean) => {
    const dir = contentWithText({ 'permalinks.txt': '# Test\n/\n/projekte/\n/projekte/testprojekt/\n/kommunen/testdorf/\n' });
    const text = testprojektWith(alias ? { 'titel: Testprojekt\n': 'titel: Testprojekt\nalias: [testprojekt]\n' } : {});
    rmSync(path.join(dir, 'projekte/testprojekt.md'));
    writeFileSync(path.join(dir, 'projekte/testprojekt-neu.md'), text);
    return dir;
  };

  it('names the published address a rename loses, and the alias that keeps it', () => {
    const dir = renamed(false);
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'permalinks.txt:4 Die veröffentlichte Adresse /projekte/testprojekt/ gibt es nicht mehr: in Projekte fehlt „testprojekt.md“, und kein Eintrag nennt „testprojekt“ als frühere Kennung.',
    ]);
    expect(problems[0]!.hint).toMatch(/\(in testprojekt-neu\.md\?\), tragen Sie in projekte\/testprojekt-neu\.md die Zeile „alias: \[testprojekt\]“ ein/);
  });

  it('accepts the rename with the old id as alias, and suggests the new id where the old one is still referenced', () => {
    const dir = renamed(true);
    expect(validateContent({ contentDir: dir, cwd: dir }).problems).toEqual([]);
    const chronik = path.join(dir, 'chronik/2021-06-29-beschluss.md');
    writeFileSync(chronik, readFileSync(chronik, 'utf8').replace('kommunen: [testdorf]', 'kommunen: [testdorf]\nprojekte: [testprojekt]') + '\nSiehe [Vorlage](quelle:testvorlage).\n');
    const problems = validateContent({ contentDir: dir, cwd: dir }).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message} ${p.hint}`)).toEqual([
      'chronik/2021-06-29-beschluss.md:5 Verweis auf „testprojekt“: in Projekte gibt es keinen Eintrag mit dieser Kennung. „testprojekt“ ist die frühere Kennung von „testprojekt-neu“ (umbenannt): schreiben Sie „testprojekt-neu“.',
    ]);
  });

  it('keeps the names of the tier pages free', () => {
    const dir = contentWithText({ 'projekte/prioritaet-2.md': testprojektWith({}) });
    expect(validateContent({ contentDir: dir, cwd: dir }).problems.map((p) => p.message)).toEqual(['Der Dateiname „prioritaet-2.md“ ist bereits eine feste Adresse der Website (/projekte/prioritaet-2/).']);
  });
});
