import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FELDREFERENZ, fieldReference } from '../../src/docs/field-reference-page.ts';
import { fieldRows } from '../../src/docs/field-reference.ts';
import { collections } from '../../src/schemas/index.ts';
import { projekteSchema } from '../../src/schemas/projekte.ts';
import { projektStatus } from '../../src/schemas/vocab.ts';
import { grayMatter } from '../../src/validation/read-source.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

describe('the guide for editors (CONTRIBUTING.md)', () => {
  it('is short and built around tasks', () => {
    expect(guide.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(1200);
    for (const task of ['Ein neues Projekt anlegen', 'Den Status eines Projekts ändern', 'Eine Änderung für Leserinnen und Leser notieren', 'Einen Ratsbeschluss eintragen', 'Eine Quelle anlegen und zitieren', 'Umbenennen', 'Links und Bilder', 'Meldungen der Prüfung lesen']) {
      expect(guide).toContain(`## ${task}`);
    }
    expect(guide).toContain(`(${FELDREFERENZ})`);
  });

  it('uses no developer notation', () => {
    expect(guide).not.toMatch(/\bzod\b|JSON Schema|\[\]\.|frontmatter/i);
  });

  it('shows one complete project file that the schema accepts', () => {
    const example = /```markdown\n([\s\S]*?)```/.exec(guide)![1]!;
    const parsed = collections.projekte.schema.safeParse(grayMatter(example).data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('names exactly the status values the schema allows', () => {
    const named = /erlaubt sind ([^)]*)\)/.exec(guide)![1]!.match(/`([a-z-]+)`/g)!.map((v) => v.slice(1, -1));
    expect(named).toEqual([...projektStatus.values]);
  });
});

describe('the field reference', () => {
  it('is up to date with the schemas (run "npm run docs" after changing a schema)', () => {
    expect(readFileSync(FELDREFERENZ, 'utf8')).toBe(fieldReference());
  });

  it('names nested fields the way editors read them', () => {
    expect(fieldReference()).toContain('| `beteiligte → kommune` | Kommune |');
    expect(fieldReference()).not.toMatch(/\[\]\./);
  });

  it('describes nested fields with label, type, allowed values and whether they are required', () => {
    const rows = fieldRows(projekteSchema);
    const status = rows.find((r) => r.name === 'status.wert')!;
    expect(status.label).toBe('Status');
    expect(status.type).toBe('Auswahl (siehe Bedeutung)');
    expect(status.help).toMatch(/Erlaubt: vorgeschlagen \(Vorgeschlagen\), .*in-umsetzung \(In Umsetzung\)/);
    expect(status.required).toBe(true);
    expect(rows.find((r) => r.name === 'kennung')!.required).toBe(false);
    expect(rows.find((r) => r.name === 'beteiligte[].kommune')!.type).toBe('Kennung (kommunen)');
    expect(rows.find((r) => r.name === 'zeitraum.beginn')!.type).toBe('Datum (JJJJ-MM-TT, JJJJ-MM oder JJJJ) oder „keine Angabe“');
  });
});
