import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorGuide } from '../../src/docs/editor-guide.ts';
import { fieldRows } from '../../src/docs/field-reference.ts';
import { projekteSchema } from '../../src/schemas/projekte.ts';

describe('editor guide', () => {
  it('is up to date with the schemas (run "npm run docs" after changing a schema)', () => {
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toBe(editorGuide());
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
