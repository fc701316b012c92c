/** Mistakes in the text are named with file, line and a German fix (issue 12); correct text passes. */
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWith, FIXTURES } from '../helpers/content.ts';
import { KORREKTER_TEXT, TEXTFEHLER } from '../fixtures/textfehler/faelle.ts';

const FRONTMATTER = readFileSync(path.join(FIXTURES, 'basis/projekte/testprojekt.md'), 'utf8').split(/\n---\n/)[0]!.concat('\n---');
const VOR_TEXT = FRONTMATTER.split('\n').length;

const dir = contentWith();
TEXTFEHLER.forEach((fall, i) => writeFileSync(path.join(dir, `projekte/fehler-${i + 1}.md`), `${FRONTMATTER}\n${fall.text}\n`));
writeFileSync(path.join(dir, 'projekte/korrekt.md'), `${FRONTMATTER}\n${KORREKTER_TEXT}`);
const problems = validateContent({ contentDir: dir, cwd: dir }).problems;

describe('mistakes in the text', () => {
  it.each(TEXTFEHLER.map((f, i) => ({ ...f, datei: `projekte/fehler-${i + 1}.md` })))('$name', ({ datei, zeile, meldung, hinweis, schwere }) => {
    const hier = problems.filter((p) => p.file === datei);
    expect(hier).toHaveLength(1);
    expect(hier[0]).toMatchObject({ line: VOR_TEXT + zeile, severity: schwere, message: expect.stringMatching(meldung), hint: expect.stringMatching(hinweis) });
  });
});

describe('correct text', () => {
  it('passes without any message: links, citations, lists, tables, images, footnotes', () => {
    expect(problems.filter((p) => p.file === 'projekte/korrekt.md')).toEqual([]);
  });
});
