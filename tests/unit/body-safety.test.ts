/** The validator names every hostile construct of the corpus with file and line (issue 15). */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { feindlicherInhalt } from '../helpers/feindlich.ts';

const { dir, faelle } = feindlicherInhalt();
const problems = validateContent({ contentDir: dir, cwd: dir }).problems;

describe('hostile content text is rejected with file and line', () => {
  it.each(faelle)('$name', ({ datei, dateiZeile, meldung, schwere }) => {
    const hier = problems.filter((p) => p.file === datei);
    expect(hier.filter((p) => p.severity === (schwere ?? 'fehler')).map((p) => `${p.line}: ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^${dateiZeile}: .*(${meldung.source})`)));
    for (const p of hier) expect(p.hint, p.message).toBeTruthy();
  });

  it('reports nothing in the base fixture that the cases were added to', () => {
    expect(problems.filter((p) => !p.file.startsWith('projekte/feindlich-'))).toEqual([]);
  });
});
