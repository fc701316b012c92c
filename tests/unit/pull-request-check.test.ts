/**
 * What a pull request's content check shows: annotations only where the pull request has changed
 * something (standing warnings once in the job summary), and which pages it adds, changes and removes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageChanges, pageChangesMarkdown } from '../../src/build/page-changes.ts';
import { FIXTURES } from '../helpers/content.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A git repository with the base fixture as content/, its publisher still unknown (a standing warning). */
function repository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pr-'));
  roots.push(root);
  cpSync(path.join(FIXTURES, 'basis'), path.join(root, 'content'), { recursive: true });
  const settings = path.join(root, 'content/einstellungen.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^herausgeber: .*$/m, 'herausgeber: keine Angabe'));
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'Stand vor dem Pull Request');
  return root;
}
const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd, encoding: 'utf8' });

function validateIn(root: string, summary: string) {
  const r = spawnSync(process.execPath, [path.resolve('scripts/validate.ts')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: 'content', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, VERGLEICH_MIT: 'main' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout };
}

describe('the content check of a pull request', () => {
  it('annotates a standing warning only when the pull request touches its file, and lists it once in the summary', () => {
    const root = repository();
    const summary = path.join(root, 'summary.md');
    const untouched = validateIn(root, summary);
    expect(untouched.code).toBe(0);
    expect(untouched.stdout).not.toMatch(/::warning/);
    expect(readFileSync(summary, 'utf8')).toMatch(/## Bekannte offene Punkte[\s\S]*content\/einstellungen\.yaml:\d+`: Der Herausgeber ist unbekannt/);

    writeFileSync(path.join(root, 'content/einstellungen.yaml'), `${readFileSync(path.join(root, 'content/einstellungen.yaml'), 'utf8')}# geändert\n`);
    expect(validateIn(root, summary).stdout).toMatch(/::warning file=content\/einstellungen\.yaml,line=\d+,col=1::Der Herausgeber ist unbekannt/);
  });

  it('warns where a status or funding changes without a change note, and is content with one', () => {
    const root = repository();
    const file = path.join(root, 'content/projekte/testprojekt.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('  wert: in-umsetzung\n', '  wert: abgeschlossen\n'));
    const without = validateIn(root, path.join(root, 'summary.md'));
    expect(without.code).toBe(0);
    expect(without.stdout).toMatch(/::warning file=content\/projekte\/testprojekt\.md,line=8,col=1::Die Angaben zu „Status“ haben sich geändert, aber es gibt keine neue Änderungsnotiz\./);
    writeFileSync(file, original.replace('  wert: in-umsetzung\n', '  wert: abgeschlossen\n').replace('titel: Testprojekt\n', 'titel: Testprojekt\naenderungen:\n  - datum: 2024-06-01\n    notiz: Abgeschlossen laut Vorlage.\n'));
    expect(validateIn(root, path.join(root, 'summary.md')).stdout).not.toMatch(/Änderungsnotiz/);
  });

  it('names the pages a change adds, changes and removes, and whether a removed one redirects', () => {
    const root = repository();
    const content = path.join(root, 'content');
    writeFileSync(path.join(content, 'projekte/neues-projekt.md'), readFileSync(path.join(content, 'projekte/testprojekt.md'), 'utf8'));
    writeFileSync(path.join(content, 'kommunen/testdorf.md'), `${readFileSync(path.join(content, 'kommunen/testdorf.md'), 'utf8')}\nNeuer Text.\n`);
    renameSync(path.join(content, 'quellen/testartikel.md'), path.join(content, 'quellen/zeitungsartikel.md'));
    rmSync(path.join(content, 'chronik/2021-06-29-beschluss.md'));
    git(root, 'checkout', '-qb', 'aenderung');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'Änderungen der Redaktion');
    // The build keeps the old source address as a redirect (its id became an alias).
    const dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'quellen/testartikel'), { recursive: true });
    writeFileSync(path.join(dist, 'quellen/testartikel/index.html'), '<meta http-equiv="refresh" content="0; url=/quellen/zeitungsartikel/">');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const changes = pageChanges('main', 'content', dist);
      expect(changes).toMatchObject({
        verglichen: true,
        neu: ['/projekte/neues-projekt/', '/quellen/zeitungsartikel/'],
        geaendert: ['/chronik/', '/kommunen/testdorf/'],
        entfernt: [{ seite: '/quellen/testartikel/', weiterleitung: true }],
      });
      const markdown = pageChangesMarkdown(changes);
      expect(markdown).toMatch(/\*\*Neue Seiten \(2\)\*\*\n\n- `\/projekte\/neues-projekt\/`/);
      expect(markdown).toMatch(/- `\/quellen\/testartikel\/` – leitet auf die neue Seite weiter/);
    } finally {
      process.chdir(cwd);
    }
  });
});
