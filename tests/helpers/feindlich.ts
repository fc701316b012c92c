/** Content folders with the hostile corpus: the base fixture plus one project per hostile case. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FEINDLICHE_FAELLE } from '../fixtures/feindlich/faelle.ts';
import { contentWith, FIXTURES } from './content.ts';

/** Frontmatter of the base fixture's project, so that every case is a valid project apart from its text. */
const FRONTMATTER = readFileSync(path.join(FIXTURES, 'basis/projekte/testprojekt.md'), 'utf8').split(/\n---\n/)[0]!.concat('\n---');
const ZEILEN_VOR_TEXT = FRONTMATTER.split('\n').length;

export const fallDatei = (i: number) => `projekte/feindlich-${String(i + 1).padStart(2, '0')}.md`;

/** A content folder with every hostile case; returns it and, per case, its file and the file line of `zeile`. */
export function feindlicherInhalt() {
  const dir = contentWith();
  const faelle = FEINDLICHE_FAELLE.map((fall, i) => {
    const datei = fallDatei(i);
    writeFileSync(path.join(dir, datei), `${FRONTMATTER.replace('titel: Testprojekt', `titel: "Feindlich ${i + 1}"`)}\n${fall.text}\n`);
    return { ...fall, datei, dateiZeile: ZEILEN_VOR_TEXT + fall.zeile };
  });
  return { dir, faelle };
}
