/**
 * Fassungen, on a git repository made here: the page as first published and the page after each
 * change note keep a permanent address that shows what the page said then, compared with the
 * version before; a commit without a note never moves the Stand; commit messages appear on no page;
 * a shallow clone is named instead of guessed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedUrls } from '../../src/build/permalinks.ts';
import { FIXTURES } from '../helpers/content.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'fassungen-'));
const repo = path.join(root, 'repo');
const projekt = path.join(repo, 'content/projekte/testprojekt.md');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+01:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+01:00` };
  for (const args of [['add', '-A'], ['-c', 'user.name=Redaktion', '-c', 'user.email=redaktion@example.invalid', 'commit', '-qm', message]]) {
    expect(spawnSync('git', args, { cwd: repo, env }).status).toBe(0);
  }
}
function build(content: string, out: string) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], { env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: content }, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}
const page = (dist: string, p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const dist = path.join(root, 'dist');
let result: { code: number | null; out: string };

beforeAll(() => {
  cpSync(path.join(FIXTURES, 'basis'), path.join(repo, 'content'), { recursive: true });
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  commit('Erster Stand der Inhalte (Commit-Nachricht A7)', '2024-01-10');
  writeFileSync(projekt, readFileSync(projekt, 'utf8')
    .replace('titel: Testprojekt\n', 'titel: Testprojekt\naenderungen:\n  - datum: 2024-02-01\n    notiz: Abgeschlossen laut Testvorlage.\n')
    .replace('  wert: in-umsetzung\n', '  wert: abgeschlossen\n')
    .replace('Beschreibung mit Beleg', 'Neue Beschreibung mit Beleg'));
  commit('Status geaendert (Commit-Nachricht B8)', '2024-02-01');
  writeFileSync(projekt, readFileSync(projekt, 'utf8').replace('Neue Beschreibung', 'Neue  Beschreibung'));
  commit('Tippfehler (Commit-Nachricht C9)', '2024-03-05');
  result = build(path.join(repo, 'content'), dist);
}, 400_000);

describe('Fassungen of a page', () => {
  it('builds one Fassung for the first publication and one for the change note', () => {
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/Fassungen: \d+/);
    expect(existsSync(path.join(dist, 'projekte/testprojekt/fassung/2024-01-10/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'projekte/testprojekt/fassung/2024-02-01/index.html'))).toBe(true);
    // The typo commit has no note: no Fassung.
    expect(existsSync(path.join(dist, 'projekte/testprojekt/fassung/2024-03-05/index.html'))).toBe(false);
  });

  it('shows in the older Fassung the old values, with a banner that links the current page', () => {
    const alt = text(page(dist, '/projekte/testprojekt/fassung/2024-01-10/'));
    expect(alt).toContain('Fassung vom 10. Januar 2024');
    expect(alt).toMatch(/Status: In Umsetzung/);
    expect(alt).not.toMatch(/Abgeschlossen/);
    expect(page(dist, '/projekte/testprojekt/fassung/2024-01-10/')).toMatch(/<a href="\/projekte\/testprojekt\/">Aktuelle Fassung ansehen<\/a>/);
  });

  it('compares a Fassung with the one before: changed facts side by side, changed words marked without colour', () => {
    const html = page(dist, '/projekte/testprojekt/fassung/2024-02-01/');
    expect(text(html)).toContain('Geändert gegenüber der Fassung vom 10. Januar 2024');
    expect(html).toMatch(/<td class="kern-table__cell">Status: In Umsetzung[^<]*<\/td><td class="kern-table__cell">Status: Abgeschlossen/);
    expect(html).toMatch(/<ins><span class="visuell-versteckt">\[eingefügt: <\/span>Neue /);
  });

  it('lists both Fassungen on the current page, whose Stand is the newest note, not the later commit', () => {
    const html = page(dist, '/projekte/testprojekt/');
    expect(html).toContain('href="/projekte/testprojekt/fassung/2024-01-10/"');
    expect(html).toContain('href="/projekte/testprojekt/fassung/2024-02-01/"');
    expect(html).toContain('<strong>Stand:</strong> <time datetime="2024-02-01">1. Februar 2024</time> – Abgeschlossen laut Testvorlage.');
  });

  it('keeps Fassungen out of the search index and puts their addresses among the published ones', () => {
    expect(page(dist, '/projekte/testprojekt/fassung/2024-02-01/')).not.toMatch(/data-pagefind-body/);
    expect(publishedUrls(dist)).toEqual(expect.arrayContaining(['/projekte/testprojekt/fassung/2024-01-10/', '/projekte/testprojekt/fassung/2024-02-01/']));
  });

  it('shows no commit message on any page', () => {
    for (const file of htmlFiles(dist)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/Commit-Nachricht [ABC]\d/);
  });

  it('keeps the Fassung addresses of a renamed page under its former id', () => {
    const neu = path.join(repo, 'content/projekte/testprojekt-neu.md');
    writeFileSync(neu, readFileSync(projekt, 'utf8').replace('titel: Testprojekt\n', 'titel: Testprojekt\nalias: [testprojekt]\n'));
    rmSync(projekt);
    commit('Umbenannt', '2024-04-01');
    const out = path.join(root, 'dist-umbenannt');
    const r = build(path.join(repo, 'content'), out);
    expect(r.code, r.out).toBe(0);
    for (const id of ['testprojekt', 'testprojekt-neu']) {
      expect(existsSync(path.join(out, `projekte/${id}/fassung/2024-01-10/index.html`)), id).toBe(true);
      expect(existsSync(path.join(out, `projekte/${id}/fassung/2024-02-01/index.html`)), id).toBe(true);
    }
  }, 300_000);

  it('builds a copy without history, saying that the recorded Fassung addresses were not checked', () => {
    const copy = path.join(root, 'ohne-git');
    cpSync(path.join(repo, 'content'), copy, { recursive: true });
    writeFileSync(path.join(copy, 'permalinks.txt'), '/\n/projekte/testprojekt-neu/\n/projekte/testprojekt-neu/fassung/2024-02-01/\n');
    const r = build(copy, path.join(root, 'dist-ohne-git'));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Adressen von Fassungen nicht geprüft/);
  }, 300_000);

  it('names a shallow clone instead of guessing the history', () => {
    const shallow = path.join(root, 'flach');
    expect(spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]).status).toBe(0);
    const r = build(path.join(shallow, 'content'), path.join(root, 'dist-flach'));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Keine Fassungen: gekürzte Versionsgeschichte \(flacher Klon\)/);
  }, 300_000);

  it('stops the build, naming the file, when a schema change would break a published Fassung', () => {
    // Today's content is valid, but its first version is not: it lacked a field that is required today.
    const broken = path.join(root, 'kaputt');
    cpSync(repo, broken, { recursive: true });
    const datei = path.join(broken, 'content/projekte/testprojekt.md');
    // Rewrite history as if the first version had lacked "beschreibung" (a required field today).
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=R', '-c', 'user.email=r@example.invalid', ...args], { cwd: broken, encoding: 'utf8' });
    git('checkout', '-q', '--orphan', 'neu');
    rmSync(path.join(broken, 'content/projekte/testprojekt-neu.md'), { force: true });
    writeFileSync(datei, readFileSync(path.join(FIXTURES, 'basis/projekte/testprojekt.md'), 'utf8').replace('beschreibung: Ein erfundenes Projekt.\n', ''));
    git('add', '-A');
    git('commit', '-qm', 'alt');
    writeFileSync(datei, readFileSync(path.join(FIXTURES, 'basis/projekte/testprojekt.md'), 'utf8'));
    git('add', '-A');
    git('commit', '-qm', 'neu');
    const r = build(path.join(broken, 'content'), path.join(root, 'dist-kaputt'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Diese früheren Fassungen passen nicht mehr zum Inhaltsmodell[\s\S]*content\/projekte\/testprojekt\.md \(Stand \d{4}-\d{2}-\d{2}\): Feld „beschreibung“/);
  }, 300_000);
});
