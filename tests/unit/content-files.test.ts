/** Nothing in the content folder is dropped silently, and nothing outside it is read through it. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentWith } from '../helpers/content.ts';

const problemsWith = (change: (dir: string) => void) => {
  const dir = contentWith();
  change(dir);
  return validateContent({ contentDir: dir, cwd: dir }).problems;
};
const projekt = (dir: string) => path.join(dir, 'projekte/testprojekt.md');

describe('files in the content folder', () => {
  it('rejects a symbolic link without reading its target', () => {
    const problems = problemsWith((dir) => symlinkSync('/etc/passwd', path.join(dir, 'projekte/passwd.md')));
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['projekte/passwd.md: passwd.md ist eine Verknüpfung (symbolischer Link), keine gewöhnliche Datei: sie wird nicht gelesen.']);
    expect(JSON.stringify(problems)).not.toMatch(/root:|Frontmatter/);
  });

  it('rejects a symbolic link to a folder and to a valid content file', () => {
    const problems = problemsWith((dir) => {
      symlinkSync('/etc', path.join(dir, 'projekte/etc'));
      symlinkSync(projekt(dir), path.join(dir, 'projekte/kopie.md'));
      symlinkSync(path.join(dir, 'projekte'), path.join(dir, 'projekte2'));
    });
    expect(problems.map((p) => p.file).sort()).toEqual(['projekte/etc', 'projekte/kopie.md', 'projekte2']);
    expect(problems.every((p) => /symbolischer Link/.test(p.message) && p.severity === 'fehler')).toBe(true);
  });

  it('rejects a named pipe (anything that is not a regular file)', () => {
    const problems = problemsWith((dir) => execFileSync('mkfifo', [path.join(dir, 'projekte/pipe.md')]));
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['projekte/pipe.md: pipe.md ist eine Pipe, keine gewöhnliche Datei: sie wird nicht gelesen.']);
  });

  it.each([
    ['projekte/neu.markdown', /keine \.md-Datei/, /„neu\.md“/],
    ['projekte/neu.MD', /keine \.md-Datei/, /„neu\.md“/],
    ['projekte/notiz.txt', /keine \.md-Datei/, /„notiz\.md“/],
    ['projekte/tabelle.xlsx', /keine \.md-Datei/, /Endung \.md/],
  ])('names %s, which would be ignored', (datei, message, hint) => {
    const problems = problemsWith((dir) => copyFileSync(projekt(dir), path.join(dir, datei)));
    expect(problems).toEqual([expect.objectContaining({ file: datei, severity: 'fehler', message: expect.stringMatching(message), hint: expect.stringMatching(hint) })]);
  });

  it('names a subfolder of a collection and a folder that is no collection', () => {
    const problems = problemsWith((dir) => {
      mkdirSync(path.join(dir, 'projekte/alt'));
      copyFileSync(projekt(dir), path.join(dir, 'projekte/alt/altes-projekt.md'));
      mkdirSync(path.join(dir, 'projekt'));
      copyFileSync(projekt(dir), path.join(dir, 'projekt/neues.md'));
    });
    expect(problems.map((p) => [p.file, p.severity])).toEqual([['projekt', 'fehler'], ['projekte/alt', 'fehler']]);
    expect(problems[0]!.hint).toMatch(/Meinten Sie „projekte“\?/);
    expect(problems[1]!.message).toMatch(/Unterordner sind in projekte\/ nicht erlaubt/);
  });

  it('names a file at the top level that belongs to no collection, and a draft starting with _', () => {
    const problems = problemsWith((dir) => {
      writeFileSync(path.join(dir, 'notizen.md'), 'x');
      copyFileSync(projekt(dir), path.join(dir, 'projekte/_entwurf.md'));
    });
    expect(problems.map((p) => [p.file, p.severity])).toEqual([['notizen.md', 'fehler'], ['projekte/_entwurf.md', 'warnung']]);
  });

  it('accepts the list of permalinks, the settings, dot files and images next to the texts', () => {
    const problems = problemsWith((dir) => {
      writeFileSync(path.join(dir, 'permalinks.txt'), '/\n');
      writeFileSync(path.join(dir, '.gitkeep'), '');
      writeFileSync(path.join(dir, 'projekte/lageplan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      writeFileSync(projekt(dir), `${readFileSync(projekt(dir), 'utf8')}\n![Lageplan des Projekts](lageplan.png)\n`);
    });
    expect(problems).toEqual([]);
  });

  it('rejects a .md and an .mdx file with the same id', () => {
    const problems = problemsWith((dir) => copyFileSync(projekt(dir), path.join(dir, 'projekte/testprojekt.mdx')));
    expect(problems.map((p) => p.message)).toEqual(['testprojekt.mdx und testprojekt.md haben dieselbe Kennung „testprojekt“.']);
  });
});
