import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/data/history.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'historie-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
function commit(repo: string, file: string, text: string, message: string, date: string) {
  writeFileSync(path.join(repo, file), text);
  git(repo, 'add', '-A');
  spawnSync('git', ['commit', '-qm', message], { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
}

describe('content history from git', () => {
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'inhalt/projekte'), { recursive: true });
  git(repo, 'init', '-q');
  commit(repo, 'inhalt/projekte/a.md', 'eins', 'Projekt A angelegt', '2024-01-02T10:00:00+01:00');
  commit(repo, 'inhalt/projekte/b.md', 'zwei', 'Projekt B angelegt', '2024-02-03T10:00:00+01:00');
  commit(repo, 'inhalt/projekte/a.md', 'drei', 'Status von A geändert', '2024-03-04T10:00:00+01:00');

  it('lists each file\'s commits newest first, with paths relative to the content folder', () => {
    const h = readHistory(path.join(repo, 'inhalt'));
    expect(h).toMatchObject({ verfuegbar: true, unvollstaendig: false });
    expect(h.dateien.get('projekte/a.md')!.map((c) => [c.datum.slice(0, 10), c.nachricht])).toEqual([
      ['2024-03-04', 'Status von A geändert'],
      ['2024-01-02', 'Projekt A angelegt'],
    ]);
    expect(h.dateien.get('projekte/b.md')).toHaveLength(1);
  });

  it('says when the clone is shallow', () => {
    const shallow = path.join(root, 'flach');
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const h = readHistory(path.join(shallow, 'inhalt'));
    expect(h.unvollstaendig).toBe(true);
    expect(h.dateien.get('projekte/a.md')).toHaveLength(1);
  });

  it('is unavailable outside a git checkout, without failing', () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'ohne-git-'));
    try {
      expect(readHistory(plain)).toMatchObject({ verfuegbar: false, unvollstaendig: false });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
