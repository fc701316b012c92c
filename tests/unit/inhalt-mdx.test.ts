/** .mdx content: the site's components and nothing else, checked without compiling (issue 15). */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWith, FIXTURES } from '../helpers/content.ts';
import { MDX_FEHLER } from '../fixtures/mdx/faelle.ts';
import { INHALT_KOMPONENTEN } from '../../src/components/inhalt/komponenten.ts';
import { fieldReference as editorGuide } from '../../src/docs/field-reference-page.ts';

const FRONTMATTER = '---\ntitel: MDX-Seite\nbeschreibung: Eine Seite in MDX.\n---';
const VOR_TEXT = FRONTMATTER.split('\n').length;

describe('.mdx content files', () => {
  it('accepts a page that uses the allowed components', () => {
    const dir = contentWith();
    copyFileSync(path.join(FIXTURES, 'mdx/komponenten.mdx'), path.join(dir, 'seiten/komponenten.mdx'));
    const result = validateContent({ contentDir: dir, cwd: dir });
    expect(result.problems).toEqual([]);
    expect(result.entries.find((e) => e.id === 'komponenten')).toMatchObject({ collection: 'seiten', mdx: true });
  });

  const dir = contentWith();
  MDX_FEHLER.forEach((fall, i) => writeFileSync(path.join(dir, `seiten/mdx-${i + 1}.mdx`), `${FRONTMATTER}\n${fall.text}\n`));
  const problems = validateContent({ contentDir: dir, cwd: dir }).problems;

  it.each(MDX_FEHLER.map((f, i) => ({ ...f, datei: `seiten/mdx-${i + 1}.mdx` })))('rejects $name with its line', ({ datei, zeile, meldung }) => {
    const hier = problems.filter((p) => p.file === datei);
    expect(hier.map((p) => `${p.line} ${p.severity}: ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^${VOR_TEXT + zeile} fehler: .*${meldung.source}`)));
    for (const p of hier) expect(p.hint).toBeTruthy();
  });

  it('never runs the code it checks', () => {
    const probe = contentWith();
    writeFileSync(path.join(probe, 'seiten/lauf.mdx'), `${FRONTMATTER}\nexport const x = (globalThis.__mdxAusgefuehrt = true)\n\n{(globalThis.__mdxAusgefuehrt = true)}\n`);
    delete (globalThis as Record<string, unknown>).__mdxAusgefuehrt;
    expect(validateContent({ contentDir: probe, cwd: probe }).problems.length).toBeGreaterThan(0);
    expect((globalThis as Record<string, unknown>).__mdxAusgefuehrt).toBeUndefined();
    expect(readFileSync(path.join(probe, 'seiten/lauf.mdx'), 'utf8')).toContain('export');
  });

  it.each(Object.entries(INHALT_KOMPONENTEN))('shows <%s> in the editor guide with an example that passes the check', (name, k) => {
    expect(editorGuide()).toContain(`### ${name}\n`);
    expect(editorGuide()).toContain(k.beispiel);
    const probe = contentWith();
    writeFileSync(path.join(probe, 'seiten/beispiel.mdx'), `${FRONTMATTER}\n${k.beispiel.replaceAll('kennung-der-quelle', 'testvorlage')}\n`);
    expect(validateContent({ contentDir: probe, cwd: probe }).problems).toEqual([]);
  });

  it('names both code lines of an .mdx file that ran a shell command at build time', () => {
    const probe = contentWith();
    copyFileSync(path.join(FIXTURES, 'fehler/code-beim-bauen.mdx'), path.join(probe, 'seiten/code-beim-bauen.mdx'));
    expect(validateContent({ contentDir: probe, cwd: probe }).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '6: „import“ ist in Inhaltsdateien nicht erlaubt: MDX-Inhalte sind Daten, kein Programmcode.',
      '7: „export“ ist in Inhaltsdateien nicht erlaubt: MDX-Inhalte sind Daten, kein Programmcode.',
    ]);
  });
});
